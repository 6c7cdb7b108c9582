import { computed, signal } from '@preact/signals';
import { hazards } from '../../../contract/hazards';
import type { Notice as ApiNotice } from '../../../contract/api/notices';
import type { LocalizedText } from '../../../contract/languages';

/**
 * A notice for citizens: from the staff console (via the server, as the contract's
 * `Notice`) or published with the content pack. `expiresAt` null means "until withdrawn":
 * the server sends such notices, and the app once dropped them as malformed.
 * `createdAt` is optional only because an older server did not send it.
 */
export type Notice = Omit<ApiNotice, 'createdAt' | 'message'> & { createdAt?: string; message: LocalizedText };

type Source = 'public' | 'kiosk' | 'pack';
const bySource = signal<Record<Source, Notice[]>>({ public: [], kiosk: [], pack: [] });
/** Re-evaluated every minute so expired notices disappear on a kiosk left on all day. */
const clock = signal(Date.now());
setInterval(() => { clock.value = Date.now(); }, 60_000);

const rank: Record<Notice['severity'], number> = { emergency: 0, warning: 1, info: 2 };

/** When a notice was posted, in ms; one with no time (an older server) counts as the oldest. */
export function noticeTime(notice: Notice): number {
  const at = Date.parse(notice.createdAt ?? '');
  return Number.isNaN(at) ? -Infinity : at;
}

/**
 * The notices to show now: unexpired, one per id, emergencies first and, within a
 * severity, newest first, whichever source it came from: the banner and the attract
 * loop lead with the latest emergency, as disaster mode's preselection does (hazard-choice.ts).
 */
export const activeNotices = computed(() => {
  const now = clock.value;
  const seen = new Map<string, Notice>();
  for (const list of Object.values(bySource.value)) {
    for (const n of list) if (inForce(n, now) && !seen.has(n.id)) seen.set(n.id, n);
  }
  return [...seen.values()].sort((a, b) => rank[a.severity] - rank[b.severity] || newestFirst(a, b));
});

function inForce(notice: Notice, now: number): boolean {
  return notice.expiresAt === null || Date.parse(notice.expiresAt) > now;
}

/** Disaster mode: an emergency notice is in force. */
export const disasterMode = computed(() => activeNotices.value.some((n) => n.severity === 'emergency'));

// Equal times (or none) compare as 0, so the sort keeps the order they arrived in.
function newestFirst(a: Notice, b: Notice): number {
  const [ta, tb] = [noticeTime(a), noticeTime(b)];
  return ta === tb ? 0 : tb > ta ? 1 : -1;
}

export function receiveNotices(source: Source, notices: readonly Notice[]): void {
  bySource.value = { ...bySource.value, [source]: notices.filter(isNotice).map(normalise) };
}

/**
 * Keeps what the app uses. A hazard outside the app's vocabulary (a newer server's, say)
 * is dropped: the notice still shows, and the citizen picks the hazard themselves.
 */
function normalise({ id, severity, message, expiresAt, hazard, createdAt }: Notice): Notice {
  const known = hazards.find((h) => h === hazard);
  return { id, severity, message, expiresAt, ...(known ? { hazard: known } : {}), ...(typeof createdAt === 'string' ? { createdAt } : {}) };
}

function isNotice(value: unknown): value is Notice {
  const n = value as Partial<Notice> | null;
  return !!n && typeof n.id === 'string' && (n.severity === 'info' || n.severity === 'warning' || n.severity === 'emergency')
    && typeof n.message === 'object' && n.message !== null && typeof n.message.ja === 'string' && (typeof n.expiresAt === 'string' || n.expiresAt === null);
}

/** The message in the reader's language, else Japanese. */
export function noticeText(notice: Notice, language: string): { text: string; lang: string } {
  const own = (notice.message as Partial<Record<string, string>>)[language];
  return own ? { text: own, lang: language } : { text: notice.message.ja ?? '', lang: 'ja' };
}
