import type { Notice } from '../../runtime/notices/notices';

/**
 * Disaster mode opens the evacuation view first: while an emergency notice is in force,
 * a citizen's session starts on /disaster (which preselects the notice's hazard and says
 * so) instead of home. Once per notice and session: a citizen who then goes home on
 * purpose must not be bounced back, so the notices that already sent them there are
 * remembered ("seen") for the rest of the session.
 */
export const evacuationPath = '/disaster';

export interface Redirect {
  href: string;
  /** Every emergency notice in force now: none of them redirects this session again. */
  seen: string[];
}

function emergencies(notices: readonly Notice[]): Notice[] {
  return notices.filter((n) => n.severity === 'emergency');
}

/** Where an emergency new to this session sends the citizen; undefined when there is none. */
export function evacuationFirst(notices: readonly Notice[], seen: ReadonlySet<string>): Redirect | undefined {
  const inForce = emergencies(notices);
  if (!inForce.some((n) => !seen.has(n.id))) return undefined;
  return { href: evacuationPath, seen: inForce.map((n) => n.id) };
}

/**
 * A touch on the kiosk's attract loop starts a new citizen's session: on the evacuation
 * view in disaster mode, else home. Nothing is "seen" yet for a new citizen, whatever
 * the last one did, so the kiosk keeps no such state.
 */
export function attractTouchTarget(notices: readonly Notice[]): string {
  return evacuationFirst(notices, new Set())?.href ?? '/';
}

export interface AppStart {
  device: 'phone' | 'kiosk';
  /** The path shown now. */
  path: string;
  /** Whether the citizen has moved since the app opened (then it is their choice, not a start). */
  navigated: boolean;
}

/**
 * A phone opened at "/" goes to the evacuation view. Notices arrive a moment after the
 * first render (the pack from IndexedDB, the server's list from the network), so this
 * is asked again whenever they change, but only while home is still the first screen.
 * A kiosk's session starts at the attract loop instead (see attractTouchTarget).
 */
export function appStartRedirect(start: AppStart, notices: readonly Notice[], seen: ReadonlySet<string>): Redirect | undefined {
  if (start.device !== 'phone' || start.path !== '/' || start.navigated) return undefined;
  return evacuationFirst(notices, seen);
}
