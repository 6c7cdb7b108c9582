/**
 * Observations shipped in the pack are only as fresh as the last pack: on the day the
 * network is down they can be hours old. Older than this, the screen says so.
 */
export const staleAfterHours = 3;

export interface Freshness {
  /** Whole hours since the observation (0 when in the future or unreadable). */
  hours: number;
  stale: boolean;
}

/** An unreadable timestamp is treated as stale: better to warn than to vouch for it. */
export function freshness(observedAt: string, now: Date): Freshness {
  const observed = Date.parse(observedAt);
  if (Number.isNaN(observed)) return { hours: 0, stale: true };
  const ageMs = now.getTime() - observed;
  return { hours: Math.max(0, Math.floor(ageMs / 3_600_000)), stale: ageMs > staleAfterHours * 3_600_000 };
}

/** "2026年11月25日 6:00": observation times are read on the city's clock, whatever the device's zone. */
export function formatObservedAt(observedAt: string, htmlLang: string): string {
  const date = new Date(observedAt);
  if (Number.isNaN(date.getTime())) return observedAt;
  return new Intl.DateTimeFormat(htmlLang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(date);
}
