import { describe, expect, it } from 'vitest';
import { coastHint, coastLines, nearestCoast, startHint } from './away-from-coast';
import { haversineMeters } from './distance';

// A straight coast along 141.0° E, drawn south to north: the land (on its left) is west.
const straight = [[[141.0, 36.9], [141.0, 37.1]]];
// The sample coast around 小名浜港 and 三崎 (content/map/coastline.geojson), south-west to north-east.
const onahama = [[[140.89, 36.922], [140.896, 36.93], [140.898, 36.936], [140.904, 36.939], [140.908, 36.935], [140.912, 36.933], [140.918, 36.929], [140.925, 36.934], [140.933, 36.942], [140.942, 36.95]]];

describe('the direction away from the coast', () => {
  it('points inland, away from the nearest point, and measures the distance to it', () => {
    const from = { lat: 37.0, lng: 140.99 };
    const near = nearestCoast(from, straight)!;
    expect(near.awayBearing).toBeCloseTo(270, 6);
    expect(near.seaBearing).toBeCloseTo(90, 6);
    // The flat projection agrees with the great circle to well under a metre here.
    expect(near.meters).toBeCloseTo(haversineMeters(from, { lat: 37.0, lng: 141.0 }), 0);
  });

  it('points along the perpendicular of a slanting coast', () => {
    // A coast running due north-east in metres; a point north-west of it heads north-west.
    const kx = 111_195.08 * Math.cos((37 * Math.PI) / 180);
    const step = 1000 / kx;
    const diagonal = [[[140.9, 37.0], [140.9 + step, 37.0 + 1000 / 111_195.08]]];
    const from = { lat: 37.0 + 500 / 111_195.08 + 100 / 111_195.08, lng: 140.9 + (500 - 100) / kx };
    const near = nearestCoast(from, diagonal)!;
    expect(near.awayBearing).toBeCloseTo(315, 1);
    expect(near.meters).toBeCloseTo(Math.SQRT2 * 100, 0);
  });

  it('still points to the land from the waterline and from a pier out at sea', () => {
    expect(nearestCoast({ lat: 37.0, lng: 141.0 }, straight)?.awayBearing).toBeCloseTo(270, 6);
    const pier = nearestCoast({ lat: 37.0, lng: 141.003 }, straight)!;
    expect(pier.awayBearing).toBeCloseTo(270, 6);
    expect(pier.meters).toBeGreaterThan(260);
  });

  it('sends someone at 小名浜支所 north, away from the harbour 1 km south of them', () => {
    const shisho = { lat: 36.94835, lng: 140.90388 };
    const near = nearestCoast(shisho, onahama)!;
    expect(near.meters).toBeGreaterThan(900);
    expect(near.meters).toBeLessThan(1100);
    expect(near.awayBearing > 337.5 || near.awayBearing < 22.5).toBe(true);
  });

  it('has nothing to say without a coastline', () => {
    expect(nearestCoast({ lat: 37, lng: 140.9 }, [])).toBeUndefined();
    expect(nearestCoast({ lat: 37, lng: 140.9 }, [[[140.9, 37]]])).toBeUndefined();
  });
});

describe('the tsunami hint for a chosen site', () => {
  const from = { lat: 37.0, lng: 140.99 }; // 888 m from the straight coast

  it('is given when the site lies farther inland, with the compass points and how much farther', () => {
    const hint = coastHint(from, { lat: 37.01, lng: 140.96 }, straight)!;
    expect(hint).toMatchObject({ away: 'W', sea: 'E' });
    expect(hint.seaMeters).toBeCloseTo(888.1, 0);
    expect(hint.siteFartherMeters).toBeCloseTo(0.03 * 111_195.08 * Math.cos((37 * Math.PI) / 180), -1);
  });

  it('is not given for a site nearer the sea (a tall building on the shore) or when starting far inland', () => {
    expect(coastHint(from, { lat: 37.02, lng: 140.995 }, straight)).toBeUndefined();
    expect(coastHint({ lat: 37.0, lng: 140.9 }, { lat: 37.0, lng: 140.8 }, straight)).toBeUndefined(); // 8 km inland
    expect(coastHint(from, { lat: 37.01, lng: 140.96 }, [])).toBeUndefined();
  });

  it('is given for the whole list from a start near the sea, not from far inland', () => {
    expect(startHint(from, straight)).toMatchObject({ away: 'W', sea: 'E' });
    expect(startHint({ lat: 37.0, lng: 140.95 }, straight)).toBeDefined(); // 4.4 km
    expect(startHint({ lat: 37.0, lng: 140.93 }, straight)).toBeUndefined(); // 6.2 km
  });

  it('reads the lines of a coastline layer, single and multi', () => {
    const layer = { features: [
      { geometry: { type: 'LineString', coordinates: [[141, 36.9], [141, 37]] } },
      { geometry: { type: 'MultiLineString', coordinates: [[[141, 37], [141, 37.1]], [[141, 37.1], [141, 37.2]]] } },
      { geometry: null },
    ] };
    expect(coastLines(layer)).toHaveLength(3);
    expect(coastLines(undefined)).toEqual([]);
  });
});
