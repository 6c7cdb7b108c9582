import { hazards, type Hazard } from '../../lib/content/pack-types';
import { noticeTime, type Notice } from '../../runtime/notices/notices';

/** `?hazard=tsunami` → 'tsunami'; anything outside the vocabulary is no choice at all. */
export function parseHazard(value: string | undefined | null): Hazard | undefined {
  return hazards.find((h) => h === value);
}

/**
 * The hazard to preselect: that of the most recent emergency notice naming one we know,
 * whether staff posted it or it came with the pack. Most recent wins, rather than the
 * pack alert first: a pack is published centrally and may be hours old when a kiosk
 * shows it, while the person on duty posts what is happening now; and a newer pack alert
 * beats an older staff notice the same way, so there is no source ranking to remember.
 * It also matches the banner, which lists the newest emergency first (notices.ts). A
 * notice with no time counts as the oldest; equal times keep the list's order.
 */
export function noticeHazard(notices: readonly Notice[]): Hazard | undefined {
  let chosen: { hazard: Hazard; at: number } | undefined;
  for (const notice of notices) {
    if (notice.severity !== 'emergency') continue;
    const hazard = parseHazard(notice.hazard);
    const at = noticeTime(notice);
    if (hazard && (!chosen || at > chosen.at)) chosen = { hazard, at };
  }
  return chosen?.hazard;
}

export type DisasterView = 'list' | 'map';

/** The list is the default: it works without the map, for screen readers and large text. */
export function parseView(value: string | undefined | null): DisasterView {
  return value === 'map' ? 'map' : 'list';
}

/** The address of a choice, so a QR code or a link can open the screen on it. */
export function disasterHref(hazard: Hazard | undefined, view: DisasterView = 'list'): string {
  const query = new URLSearchParams();
  if (hazard) query.set('hazard', hazard);
  if (view === 'map') query.set('view', 'map');
  const search = query.toString();
  return search ? `/disaster?${search}` : '/disaster';
}
