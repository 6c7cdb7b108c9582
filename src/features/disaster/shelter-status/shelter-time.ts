/**
 * When staff set a status, as a citizen reads it: 「14:05」 today, 「12/7 14:05」 on another
 * day, always on the city's clock (Japan time) whatever the device's zone.
 */
export function formatShelterTime(iso: string, htmlLang: string, now: Date): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(d);
  const sameDay = day(at) === day(now);
  return new Intl.DateTimeFormat(htmlLang, {
    ...(sameDay ? {} : { month: 'numeric', day: 'numeric' }),
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Tokyo',
  }).format(at);
}

/** How old what a device shows is, in whole minutes (under an hour) or hours. */
export type Age = { unit: 'now' } | { unit: 'minutes' | 'hours'; count: number };

export function ageOf(fromMs: number, nowMs: number): Age {
  const minutes = Math.floor(Math.max(0, nowMs - fromMs) / 60_000);
  if (minutes < 1) return { unit: 'now' };
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  return { unit: 'hours', count: Math.floor(minutes / 60) };
}
