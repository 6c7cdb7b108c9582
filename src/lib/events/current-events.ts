import type { EventItem } from '../content/pack-types';
import { toJst } from '../hours/open-now';

/**
 * Events and notices still worth showing on the given day (Japan time): those
 * that have not ended, soonest first. An event is shown through its whole end day.
 */
export function currentEvents(items: readonly EventItem[], now: Date): EventItem[] {
  const m = toJst(now);
  const today = `${m.year}-${String(m.month).padStart(2, '0')}-${String(m.day).padStart(2, '0')}`;
  return items.filter((e) => e.end >= today).sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}
