/**
 * ASSUMPTION: walking speed for "about N minutes on foot" is 4.0 km/h (≈ 67 m/min).
 * The usual figure for a healthy adult is 4.8 km/h (80 m/min, the real-estate convention),
 * but on the day of a disaster the people asking at a 支所 are often elderly, carry
 * children or bags, and walk on dark, crowded or damaged streets; Japanese tsunami
 * evacuation planning commonly assumes about 1.0 m/s (3.6 km/h) and less for people who
 * need help. 4.0 km/h is the elderly-walking figure we chose: it errs towards leaving earlier.
 */
export const WALKING_SPEED_KMH = 4.0;

/**
 * Minutes on foot for a distance in metres at WALKING_SPEED_KMH, rounded UP: telling
 * someone "7 minutes" when it takes 7.2 costs them the margin they needed.
 * The distance is whatever the caller measured; for a straight-line (haversine) distance
 * the real route is longer, so the screen must say 「直線距離で」.
 */
export function walkingMinutes(meters: number): number {
  if (!Number.isFinite(meters) || meters < 0) throw new RangeError(`walkingMinutes: expected a distance in metres ≥ 0, got ${meters}`);
  // meters * 60 / metres-per-hour, multiplied first so that whole minutes stay exact (4000 m → 60, not 60.000…1 → 61).
  return Math.ceil((meters * 60) / (WALKING_SPEED_KMH * 1000));
}
