import type { LatLng } from './distance';

/**
 * A sane box around Iwaki City (the city spans about 36.84–37.27 N, 140.57–141.01 E):
 * anything outside is a typo, swapped columns or another CRS, never a place to send
 * someone. A real deployment for another city changes these four numbers.
 */
export const iwakiBounds = { south: 36.7, north: 37.4, west: 140.4, east: 141.2 } as const;

export function isInIwaki(point: LatLng): boolean {
  return point.lat >= iwakiBounds.south && point.lat <= iwakiBounds.north && point.lng >= iwakiBounds.west && point.lng <= iwakiBounds.east;
}

/** Why a latitude/longitude pair is refused, or undefined when it is fine. Messages start "expected" like every content error. */
export function coordinateProblem(point: LatLng): { field: 'lat' | 'lng'; message: string } | undefined {
  if (isInIwaki(point)) return undefined;
  if (isInIwaki({ lat: point.lng, lng: point.lat })) {
    return { field: 'lat', message: `expected latitude then longitude (they look swapped: ${point.lat}, ${point.lng})` };
  }
  const { south, north, west, east } = iwakiBounds;
  if (point.lat < south || point.lat > north) return { field: 'lat', message: `expected a latitude in Iwaki City (${south}–${north} N)` };
  return { field: 'lng', message: `expected a longitude in Iwaki City (${west}–${east} E)` };
}
