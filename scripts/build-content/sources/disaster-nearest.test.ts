// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { hazards, type EvacuationSite } from '../../../src/lib/content/pack-types.ts';
import { createSiteIndex, nearestSitesForHazard, type SiteIndex } from '../../../src/lib/geo/site-index.ts';
import { mulberry32 } from '../../../src/lib/geo/seeded-random.ts';
import { realContentDir, testContext } from './disaster-fixtures.ts';
import { loadEvacuationSites } from './disaster-sites.ts';

/** 小名浜支所: on the harbour, where the nearest places are the wrong answer in a tsunami. */
const onahamaShisho = { lat: 36.94835, lng: 140.90388 };

let sites: EvacuationSite[];
let index: SiteIndex<EvacuationSite>;

beforeAll(async () => {
  const { ctx, messages } = testContext(realContentDir);
  sites = (await loadEvacuationSites(ctx))?.sites ?? [];
  expect(messages()).toEqual([]);
  index = createSiteIndex(sites);
});

describe('nearest evacuation sites on the real Iwaki data', () => {
  it('sends someone at 小名浜支所 in a tsunami past the four closer coastal sites to tsunami sites only', () => {
    const closest = index.nearest(onahamaShisho, 4);
    expect(closest.map((r) => r.site.name)).toEqual(['小名浜公民館', '小名浜第一小学校', 'アクアマリンパーク', 'いわき・ら・ら・ミュウ']);
    expect(closest.every((r) => !r.site.hazards.includes('tsunami'))).toBe(true);

    const tsunami = nearestSitesForHazard(index, onahamaShisho, 'tsunami', 5);
    expect(tsunami.map((r) => r.site.name)).toEqual(['小名浜第一中学校', '小名浜東小学校', '小名浜第二中学校', '三崎公園', '小名浜西小学校']);
    expect(tsunami.every((r) => r.site.hazards.includes('tsunami'))).toBe(true);
    // Every tsunami site is farther than every one of the four closer non-tsunami sites.
    expect(tsunami[0]!.meters).toBeGreaterThan(closest.at(-1)!.meters);
    // Cross-checked with an independent haversine over the raw CSV (Python, R = 6,371,008.8 m).
    expect(tsunami.map((r) => Math.round(r.meters))).toEqual([1281, 1486, 1753, 2065, 2430]);
  });

  it('never returns a site without the hazard, anywhere in the city, for any hazard and k', () => {
    const random = mulberry32(2026);
    for (let q = 0; q < 2000; q++) {
      const here = { lat: 36.84 + random() * 0.43, lng: 140.57 + random() * 0.44 };
      const hazard = hazards[q % hazards.length]!;
      const k = 1 + (q % 10);
      const found = nearestSitesForHazard(index, here, hazard, k);
      const designated = sites.filter((s) => s.hazards.includes(hazard));
      expect(found.every((r) => r.site.hazards.includes(hazard))).toBe(true);
      expect(found).toHaveLength(Math.min(k, designated.length));
    }
  });

  it('has no volcano sites in Iwaki, so a volcano query returns none rather than the nearest anything', () => {
    expect(nearestSitesForHazard(index, onahamaShisho, 'volcano', 5)).toEqual([]);
  });
});
