import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_METERS, haversineMeters } from './distance';
import { walkingMinutes } from './walking';

/** 小名浜支所, the kiosk location the tsunami tests start from. */
const onahamaShisho = { lat: 36.94835, lng: 140.90388 };

describe('straight-line distance (haversine, R = 6,371,008.8 m)', () => {
  it('gives one degree of a meridian as R·π/180', () => {
    // 6,371,008.8 × 3.14159265 / 180 = 111,195.08 m
    expect(haversineMeters({ lat: 36, lng: 140 }, { lat: 37, lng: 140 })).toBeCloseTo(111_195.08, 1);
    expect(EARTH_RADIUS_METERS).toBe(6_371_008.8);
  });

  it('measures 小名浜支所 → 小名浜公民館 as 178.7 m', () => {
    // φ1 = 36.948350°, φ2 = 36.947027°, Δφ = −0.001323° = −2.30907e-5 rad, Δλ = +0.001141° = 1.99142e-5 rad
    // cos φ1 = 0.799178, cos φ2 = 0.799192
    // a = sin²(Δφ/2) + cos φ1·cos φ2·sin²(Δλ/2)
    //   = (1.154535e-5)² + 0.799178 × 0.799192 × (9.95710e-6)² = 1.33295e-10 + 6.33228e-11 = 1.966180e-10
    // d = 2R·asin(√a) = 2 × 6,371,008.8 × 1.402205e-5 = 178.669 m
    expect(haversineMeters(onahamaShisho, { lat: 36.947027, lng: 140.905021 })).toBeCloseTo(178.669, 2);
  });

  it('measures 小名浜支所 → 三崎公園 (a tsunami site) as 2,065.0 m', () => {
    // Δφ = −0.015319° = −2.673670e-4 rad, Δλ = +0.013135° = 2.292490e-4 rad, cos φ2 = 0.799338
    // a = (1.336835e-4)² + 0.799178 × 0.799338 × (1.146245e-4)² = 1.787128e-8 + 8.393226e-9 = 2.626450e-8
    // d = 2R·asin(√a) = 2 × 6,371,008.8 × 1.620633e-4 = 2,065.013 m
    expect(haversineMeters(onahamaShisho, { lat: 36.933031, lng: 140.917015 })).toBeCloseTo(2065.013, 2);
  });

  it('measures 小名浜支所 → いわき市役所 as 11.43 km, the same both ways', () => {
    // Δφ = 0.101972° = 1.779747e-3 rad, Δλ = −0.016102° = −2.810329e-4 rad, cos φ2 = 0.798107
    // a = (8.898735e-4)² + 0.799178 × 0.798107 × (1.405165e-4)² = 7.918748e-7 + 1.259385e-8 = 8.044686e-7
    // d = 2R·asin(√a) = 2 × 6,371,008.8 × asin(8.969217e-4) = 11,428.594 m
    const cityHall = { lat: 37.050322, lng: 140.887778 };
    expect(haversineMeters(onahamaShisho, cityHall)).toBeCloseTo(11_428.594, 2);
    expect(haversineMeters(cityHall, onahamaShisho)).toBe(haversineMeters(onahamaShisho, cityHall));
  });

  it('is zero for the same point and stays finite for antipodes', () => {
    expect(haversineMeters(onahamaShisho, onahamaShisho)).toBe(0);
    expect(haversineMeters({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(Math.PI * EARTH_RADIUS_METERS, 3);
  });
});

describe('minutes on foot at 4.0 km/h (66.7 m per minute), rounded up', () => {
  it('rounds every started minute up', () => {
    expect(walkingMinutes(0)).toBe(0);
    expect(walkingMinutes(1)).toBe(1);
    expect(walkingMinutes(66)).toBe(1);
    expect(walkingMinutes(67)).toBe(2);
    // 小名浜支所 → 三崎公園: 2,065 m × 60 / 4,000 = 30.98 → 31 minutes
    expect(walkingMinutes(2065.013)).toBe(31);
  });

  it('keeps whole minutes whole', () => {
    expect(walkingMinutes(200)).toBe(3);
    expect(walkingMinutes(4000)).toBe(60);
    expect(walkingMinutes(1000)).toBe(15);
  });

  it('refuses a distance that is not one', () => {
    expect(() => walkingMinutes(-1)).toThrow(RangeError);
    expect(() => walkingMinutes(Number.NaN)).toThrow(RangeError);
  });
});
