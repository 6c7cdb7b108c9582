import { hazards, type Hazard } from '../../lib/content/pack-types';
import type { Notice } from '../notices/notices';

/** `?hazard=tsunami` → 'tsunami'; anything outside the vocabulary is no choice at all. */
export function parseHazard(value: string | undefined | null): Hazard | undefined {
  return hazards.find((h) => h === value);
}

/**
 * The hazard an emergency notice is about, if it names one we know. Notices are sorted
 * emergencies first, so the first match is the most urgent one.
 */
export function noticeHazard(notices: readonly Notice[]): Hazard | undefined {
  for (const notice of notices) {
    if (notice.severity !== 'emergency') continue;
    const hazard = parseHazard(notice.hazard);
    if (hazard) return hazard;
  }
  return undefined;
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
