import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { initI18n } from '../../i18n';
import { createSiteIndex } from '../../lib/geo';
import { SiteList } from './site-list';
import { siteRows } from './site-rows';
import { onahamaShisho, onahamaSites } from './test/fixtures';

beforeAll(async () => { await initI18n('ja'); });
afterEach(cleanup);

describe('the evacuation site list', () => {
  it('shows each site with straight-line distance, walking time, direction, capacity and shelter', () => {
    render(<SiteList rows={siteRows(createSiteIndex(onahamaSites), onahamaShisho, 'tsunami', 'ja')} hazard="tsunami" />);
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(3);
    const misaki = cards[1]!;
    expect(misaki.textContent).toContain('三崎公園');
    expect(misaki.textContent).toContain('直線距離 2.1 km・徒歩約 31 分');
    expect(misaki.textContent).toContain('南東の方向');
    expect(misaki.textContent).toContain('収容人数 不明');
    expect(misaki.textContent).toContain('避難所ではありません');
    expect(misaki.textContent).toContain('高台です。');
    expect(misaki.querySelector('a')?.getAttribute('href')).toBe('/disaster/sites/misaki?hazard=tsunami');
    // The arrow turns to the bearing (about 146°, south-east).
    expect(misaki.querySelector('.direction-arrow path')?.getAttribute('transform')).toMatch(/^rotate\(14\d\)$/);
    expect(cards[0]!.textContent).toContain('収容人数 600 人');
  });
});
