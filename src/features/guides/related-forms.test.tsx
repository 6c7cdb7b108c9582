import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { initI18n, setLanguage } from '../../i18n';
import type { FormIndexEntry } from '../../lib/content/pack-types';
import type { ContentState } from '../../runtime/content/content-store';
import { RelatedFormLinks } from './related-forms';

const L = (ja: string, en: string) => ({ ja, 'ja-easy': ja, en, 'zh-Hans': en, ko: en, vi: en });
const index: FormIndexEntry[] = [
  { id: 'certificate-by-mail', title: L('証明書の郵送請求', 'Request certificates by mail'), description: L('説明', 'About'), department: L('市民課', 'Citizens'), kioskAllowed: true },
];
vi.mock('../../runtime/content/content-store', () => ({
  useContent: (): ContentState<FormIndexEntry[]> => ({ status: 'ready', data: index }),
}));

beforeAll(async () => {
  await initI18n('ja');
});
afterEach(async () => {
  cleanup();
  await setLanguage('ja');
});

describe('a guide’s related forms', () => {
  it('are titled in the reader’s language, not by their id', async () => {
    await setLanguage('en');
    render(<RelatedFormLinks ids={['certificate-by-mail']} />);
    const link = screen.getByRole('link', { name: 'Request certificates by mail' });
    expect(link.getAttribute('href')).toBe('/f/certificate-by-mail');
    expect(screen.queryByText('certificate-by-mail')).toBeNull();
  });

  it('fall back to Japanese, marked as Japanese, for a language the form lacks', async () => {
    await setLanguage('pt');
    render(<RelatedFormLinks ids={['certificate-by-mail']} />);
    expect(screen.getByText('証明書の郵送請求').getAttribute('lang')).toBe('ja');
  });

  it('keep a link for a form the pack no longer lists, named by its id', () => {
    render(<RelatedFormLinks ids={['gone-form']} />);
    expect(screen.getByRole('link', { name: 'gone-form' }).getAttribute('href')).toBe('/f/gone-form');
  });
});
