import { describe, expect, it } from 'vitest';
import { hazards, type Hazard } from '../content/pack-types';
import { haversineMeters, type LatLng } from './distance';
import { iwakiBounds } from './iwaki-bounds';
import { mulberry32 } from './seeded-random';
import { createSiteIndex, nearestSitesForHazard } from './site-index';

interface TestSite extends LatLng {
  id: number;
  hazards: Hazard[];
}

interface Box {
  south: number;
  north: number;
  west: number;
  east: number;
}

function randomPoint(random: () => number, box: Box = iwakiBounds): LatLng {
  return {
    lat: box.south + random() * (box.north - box.south),
    lng: box.west + random() * (box.east - box.west),
  };
}

function randomSites(seed: number, count: number): TestSite[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, id) => ({ id, ...randomPoint(random), hazards: hazards.filter(() => random() < 0.4) }));
}

/** The obviously correct answer: measure every site, sort, take k. */
function bruteForce(sites: TestSite[], here: LatLng, k: number, filter: (s: TestSite) => boolean = () => true) {
  return sites
    .filter(filter)
    .map((site) => ({ id: site.id, meters: haversineMeters(here, site) }))
    .sort((a, b) => a.meters - b.meters || a.id - b.id)
    .slice(0, k);
}

describe('nearest sites (k-d index)', () => {
  it('returns exactly what a brute force over every site returns, for random points, k and filters', () => {
    for (const [seed, count] of [[1, 1], [2, 7], [3, 100], [4, 2000]] as const) {
      const sites = randomSites(seed, count);
      const index = createSiteIndex(sites);
      const random = mulberry32(seed * 7919);
      for (let q = 0; q < 300; q++) {
        // Queries a little outside the box too: a kiosk at the city's edge.
        const here = randomPoint(random, { south: 36.6, north: 37.5, west: 140.3, east: 141.3 });
        const k = 1 + Math.floor(random() * 12);
        const hazard = hazards[Math.floor(random() * hazards.length)]!;
        const filter = q % 3 === 0 ? undefined : (s: TestSite) => s.hazards.includes(hazard);
        const got = index.nearest(here, k, filter).map((r) => ({ id: r.site.id, meters: r.meters }));
        expect({ seed, q, got }).toEqual({ seed, q, got: bruteForce(sites, here, k, filter) });
      }
    }
  });

  it('is exact where many sites share one position (one address, several facilities)', () => {
    const sites: TestSite[] = Array.from({ length: 500 }, (_, id) => ({ id, lat: 37 + (id % 5) * 0.001, lng: 140.9, hazards: [] }));
    const index = createSiteIndex(sites);
    const here = { lat: 37.0021, lng: 140.9 };
    expect(index.nearest(here, 150).map((r) => r.site.id)).toEqual(bruteForce(sites, here, 150).map((r) => r.id));
  });

  it('returns fewer than k when fewer sites pass, and nothing for k = 0 or no sites', () => {
    const sites = randomSites(5, 50);
    const index = createSiteIndex(sites);
    const here = { lat: 37, lng: 140.9 };
    expect(index.nearest(here, 500)).toHaveLength(50);
    expect(index.nearest(here, 5, (s) => s.id === 7).map((r) => r.site.id)).toEqual([7]);
    expect(index.nearest(here, 0)).toEqual([]);
    expect(createSiteIndex<TestSite>([]).nearest(here, 5)).toEqual([]);
  });

  it('refuses a query point that is not a position', () => {
    expect(() => createSiteIndex(randomSites(6, 10)).nearest({ lat: Number.NaN, lng: 140 }, 3)).toThrow(RangeError);
  });
});

describe('nearest sites for a hazard', () => {
  it('never returns a site that is not designated for the hazard, however close', () => {
    const here = { lat: 36.94835, lng: 140.90388 };
    const shore = { id: 0, lat: 36.9484, lng: 140.9039, hazards: ['earthquake', 'large-fire'] as Hazard[] };
    const hill = { id: 1, lat: 36.933, lng: 140.917, hazards: ['earthquake', 'tsunami'] as Hazard[] };
    const index = createSiteIndex([shore, hill]);
    expect(nearestSitesForHazard(index, here, 'tsunami', 5).map((r) => r.site.id)).toEqual([1]);
    expect(nearestSitesForHazard(index, here, 'earthquake', 5).map((r) => r.site.id)).toEqual([0, 1]);
    expect(nearestSitesForHazard(index, here, 'volcano', 5)).toEqual([]);
  });

  it('agrees with a brute force over the designated sites for every hazard, at random points', () => {
    const sites = randomSites(8, 1500);
    const index = createSiteIndex(sites);
    const random = mulberry32(99);
    for (let q = 0; q < 400; q++) {
      const here = randomPoint(random);
      const hazard = hazards[q % hazards.length]!;
      const got = nearestSitesForHazard(index, here, hazard, 5);
      expect(got.every((r) => r.site.hazards.includes(hazard))).toBe(true);
      expect(got.map((r) => r.site.id)).toEqual(bruteForce(sites, here, 5, (s) => s.hazards.includes(hazard)).map((r) => r.id));
    }
  });
});
