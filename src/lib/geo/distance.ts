/** A position in decimal degrees (WGS 84 / JGD2011: the same within a metre for our use). */
export interface LatLng {
  lat: number;
  lng: number;
}

/**
 * Mean Earth radius R1 = (2a + b) / 3 of the GRS80/WGS 84 ellipsoid (IUGG). A sphere with
 * this radius is within 0.5 % of the ellipsoidal distance anywhere, and far better over
 * the few kilometres between a 支所 and an evacuation site.
 */
export const EARTH_RADIUS_METERS = 6_371_008.8;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * Great-circle distance in metres by the haversine formula, which (unlike the spherical
 * law of cosines) keeps its precision for points a few metres apart.
 */
export function haversineMeters(a: LatLng, b: LatLng): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  // min(1, …) guards against rounding just above 1 for antipodal points.
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}
