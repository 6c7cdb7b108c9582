import type { LatLng } from './distance';

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * Initial great-circle bearing from `from` to `to`, in degrees clockwise from true north,
 * in [0, 360). Over a few kilometres it is the direction to walk. 0 for the same point.
 */
export function bearingDegrees(from: LatLng, to: LatLng): number {
  const phi1 = toRadians(from.lat);
  const phi2 = toRadians(to.lat);
  const dLng = toRadians(to.lng - from.lng);
  const y = Math.sin(dLng) * Math.cos(phi2);
  const x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLng);
  return normalizeDegrees((Math.atan2(y, x) * 180) / Math.PI);
}

export const compassPoints = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;
export type CompassPoint = (typeof compassPoints)[number];

/**
 * One of 8 points for the arrow on screen: each covers 45° centred on its direction
 * (N is 337.5°–22.5°). A boundary goes clockwise (22.5° → NE). Any angle is accepted.
 */
export function compassPoint(degrees: number): CompassPoint {
  if (!Number.isFinite(degrees)) throw new RangeError(`compassPoint: expected an angle in degrees, got ${degrees}`);
  return compassPoints[Math.floor((normalizeDegrees(degrees) + 22.5) / 45) % 8] ?? 'N';
}

function normalizeDegrees(degrees: number): number {
  const d = degrees % 360;
  // `+ 0` turns -0 into 0.
  return (d < 0 ? d + 360 : d) + 0;
}
