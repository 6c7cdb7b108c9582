import { describe, expect, it } from 'vitest';
import { bearingDegrees, compassPoint } from './bearing';
import { directionTo } from './direction';

const here = { lat: 36.94835, lng: 140.90388 };

describe('direction arrows', () => {
  it('points along the axes', () => {
    expect(bearingDegrees(here, { lat: 37, lng: here.lng })).toBeCloseTo(0, 6);
    expect(bearingDegrees(here, { lat: 36.9, lng: here.lng })).toBeCloseTo(180, 6);
    // Due east along a parallel the great circle starts a hair north of 90°.
    expect(bearingDegrees(here, { lat: here.lat, lng: 140.95 })).toBeCloseTo(90, 1);
    expect(bearingDegrees(here, { lat: here.lat, lng: 140.85 })).toBeCloseTo(270, 1);
  });

  it('sends someone at 小名浜支所 south-east to 三崎公園 and north-west to 小名浜第一中学校', () => {
    expect(compassPoint(bearingDegrees(here, { lat: 36.933031, lng: 140.917015 }))).toBe('SE');
    expect(compassPoint(bearingDegrees(here, { lat: 36.95801, lng: 140.896022 }))).toBe('NW');
  });

  it('splits the circle into eight 45° sectors centred on each point', () => {
    const cases: Array<[number, string]> = [
      [0, 'N'], [22.4, 'N'], [22.5, 'NE'], [45, 'NE'], [67.5, 'E'], [90, 'E'], [135, 'SE'], [180, 'S'],
      [225, 'SW'], [270, 'W'], [315, 'NW'], [337.4, 'NW'], [337.5, 'N'], [359.9, 'N'], [360, 'N'], [-45, 'NW'], [725, 'N'],
    ];
    for (const [degrees, point] of cases) expect([degrees, compassPoint(degrees)]).toEqual([degrees, point]);
  });

  it('bundles distance, minutes and arrow for a site card', () => {
    const d = directionTo(here, { lat: 36.933031, lng: 140.917015 });
    expect(d).toMatchObject({ minutes: 31, compass: 'SE' });
    expect(d.meters).toBeCloseTo(2065.013, 2);
  });
});
