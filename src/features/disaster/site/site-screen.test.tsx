import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { initI18n } from '../../../i18n';
import { resetDisplayModes, updateDisplayModes } from '../../../runtime/display/display-modes';
import { onahamaSites } from '../test/fixtures';
import SiteScreen from './site-screen';

vi.mock('../use-sites', () => ({
  useSites: () => ({ status: 'ready', data: { sites: onahamaSites } }),
}));
// The heading is what is tested; the detail below it has tests of its own.
vi.mock('./site-detail', () => ({ SiteDetail: () => null }));

beforeAll(async () => {
  await initI18n('ja');
});
afterEach(() => {
  cleanup();
  resetDisplayModes();
});

function open(url: string) {
  history.replaceState(null, '', url);
  render(
    <LocationProvider>
      <Router>
        <Route path="/disaster/sites/:id" component={SiteScreen} />
        <Route default component={() => null} />
      </Router>
    </LocationProvider>,
  );
}

describe('a site page', () => {
  it('with furigana on, its heading (the site’s name) has the pack’s readings', () => {
    updateDisplayModes({ furigana: true });
    open('/disaster/sites/misaki?hazard=tsunami');
    const heading = document.querySelector('h1')!;
    expect(heading.textContent).toContain('三崎');
    expect([...heading.querySelectorAll('rt')].map((rt) => rt.textContent)).toEqual(['みさき', 'こうえん']);
  });

  it('with furigana off, the heading is the name alone', () => {
    open('/disaster/sites/misaki?hazard=tsunami');
    expect(document.querySelector('h1')!.textContent).toBe('三崎公園');
  });
});
