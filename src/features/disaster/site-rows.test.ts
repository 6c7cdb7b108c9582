import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n, tFor } from '../../i18n';
import { createSiteIndex } from '../../lib/geo';
import { distanceText, directionText, formatDistance, siteRows } from './site-rows';
import { onahamaShisho, onahamaSites } from './test/fixtures';

beforeAll(async () => {
  await initI18n('ja');
});

const index = createSiteIndex(onahamaSites);

describe('the evacuation list for a hazard', () => {
  it('lists only tsunami sites for a tsunami, nearest first, even when other sites are closer', () => {
    const rows = siteRows(index, onahamaShisho, 'tsunami', 'ja');
    expect(rows.map((r) => r.site.id)).toEqual(['daiichi-chu', 'misaki', 'tamagawa']);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(rows.every((r) => r.site.hazards.includes('tsunami'))).toBe(true);
    expect(rows.map((r) => r.meters)).toEqual([...rows.map((r) => r.meters)].sort((a, b) => a - b));
  });

  it('gives each row its straight-line distance, walking time and direction in words', () => {
    const misaki = siteRows(index, onahamaShisho, 'tsunami', 'ja').find((r) => r.site.id === 'misaki')!;
    // 2,065.013 m (src/lib/geo/distance.test.ts) → 31 minutes at 4 km/h, to the south-east.
    expect(misaki).toMatchObject({ distance: '2.1 km', minutes: 31, compass: 'SE' });
    expect(distanceText(misaki, tFor('ja', 'common'))).toBe('直線距離 2.1 km・徒歩約 31 分');
    expect(directionText(misaki, tFor('ja', 'common'))).toBe('南東の方向');
  });

  it('changes with the hazard and is empty when no site is designated (volcano)', () => {
    expect(siteRows(index, onahamaShisho, 'flood', 'ja').map((r) => r.site.id)).toEqual(['daiichi-sho', 'daiichi-chu']);
    expect(siteRows(index, onahamaShisho, 'volcano', 'ja')).toEqual([]);
  });

  it('shows at most ten sites', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...onahamaSites[2]!, id: `s${i}`, lat: 36.94 + i * 0.001 }));
    expect(siteRows(createSiteIndex(many), onahamaShisho, 'tsunami', 'ja')).toHaveLength(10);
  });
});

describe('distances as people read them', () => {
  it('uses metres under a kilometre and kilometres with one decimal above', () => {
    expect(formatDistance(178.7, 'ja')).toBe('180 m');
    expect(formatDistance(3, 'ja')).toBe('10 m');
    expect(formatDistance(994, 'ja')).toBe('990 m');
    expect(formatDistance(996, 'ja')).toBe('1.0 km');
    expect(formatDistance(12_345, 'en')).toBe('12.3 km');
  });

  it('writes the decimal the reader expects', () => {
    expect(formatDistance(1300, 'pt-BR')).toBe('1,3 km');
  });
});
