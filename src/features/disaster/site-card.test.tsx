import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { initI18n, setLanguage } from '../../i18n';
import { createSiteIndex } from '../../lib/geo';
import { SiteList } from './site-list';
import { siteRows } from './site-rows';
import { onahamaShisho, onahamaSites } from './test/fixtures';

beforeAll(async () => { await initI18n('ja'); });
afterEach(cleanup);

/** The text of a Japanese name as written, without its furigana. */
function withoutFurigana(element: Element | null): string | undefined {
  const copy = element?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('rt, rp').forEach((e) => e.remove());
  return copy?.textContent ?? undefined;
}

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

  it('in English, names each site in Latin script with the Japanese name beside it to ask the way', async () => {
    await setLanguage('en');
    try {
      const sites = onahamaSites.map((s) => (s.id === 'misaki' ? { ...s, nameEn: 'Misaki Park' } : s));
      render(<SiteList rows={siteRows(createSiteIndex(sites), onahamaShisho, 'tsunami', 'en')} hazard="tsunami" />);
      const names = screen.getAllByRole('heading', { level: 3 }).map((h) => {
        const latin = h.querySelector('.place-name__latin');
        return [latin?.textContent, latin?.getAttribute('lang'), withoutFurigana(h.querySelector('[lang="ja"]'))];
      });
      expect(names).toEqual([
        // Romanised from the furigana readings, as road signs spell it: no long vowels.
        ['Onahama Daiichi Chugakko', 'ja-Latn', '小名浜第一中学校'],
        // The official name (名称_英字) where the data has one.
        ['Misaki Park', 'en', '三崎公園'],
        // 名称_カナ when the name has no segment readings.
        ['Tamagawachugakko', 'ja-Latn', '玉川中学校'],
      ]);
    } finally {
      await setLanguage('ja');
    }
    cleanup();
    render(<SiteList rows={siteRows(createSiteIndex(onahamaSites), onahamaShisho, 'tsunami', 'ja')} hazard="tsunami" />);
    // Japanese readers get the Japanese name alone.
    expect(document.querySelector('.place-name__latin')).toBeNull();
  });
});
