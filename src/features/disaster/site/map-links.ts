import type { LatLng } from '../../../lib/geo';

/**
 * Links a phone hands to its own map app. The app itself fetches nothing from these
 * hosts: a tap leaves for the OS, which opens its map (or the browser, online).
 */

/** `geo:` (RFC 5870) opens the phone's default map app; the `q` part puts a labelled pin there. */
export function geoLink({ lat, lng }: LatLng, label: string): string {
  return `geo:${lat},${lng}?q=${lat},${lng}(${encodeURIComponent(label)})`;
}

/** Walking directions in Apple Maps, which iPhones open in the Maps app. */
export function appleMapsLink({ lat, lng }: LatLng): string {
  return `https://maps.apple.com/?daddr=${lat},${lng}&dirflg=w`;
}

/** Walking directions in Google Maps (the Maps app on Android when installed). */
export function googleMapsLink({ lat, lng }: LatLng): string {
  return `https://www.google.com/maps/dir/?api=1&destination=${lat},${lng}&travelmode=walking`;
}

/** Apple devices get Apple Maps first; others Google Maps. Both are offered. */
export function prefersAppleMaps(userAgent: string): boolean {
  return /iPhone|iPad|iPod|Macintosh/.test(userAgent);
}
