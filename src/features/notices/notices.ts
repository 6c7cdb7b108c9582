import { computed, signal } from '@preact/signals';

/** A notice for citizens: from the staff console (via the server) or published with the content pack. */
export interface Notice {
  id: string;
  severity: 'info' | 'warning' | 'emergency';
  /** Per language code; ja always present. */
  message: Record<string, string>;
  expiresAt: string;
  hazard?: string;
}

type Source = 'public' | 'kiosk' | 'pack';
const bySource = signal<Record<Source, Notice[]>>({ public: [], kiosk: [], pack: [] });
/** Re-evaluated every minute so expired notices disappear on a kiosk left on all day. */
const clock = signal(Date.now());
setInterval(() => { clock.value = Date.now(); }, 60_000);

const rank: Record<Notice['severity'], number> = { emergency: 0, warning: 1, info: 2 };

/** The notices to show now: unexpired, one per id, emergencies first. */
export const activeNotices = computed(() => {
  const now = clock.value;
  const seen = new Map<string, Notice>();
  for (const list of Object.values(bySource.value)) {
    for (const n of list) if (Date.parse(n.expiresAt) > now && !seen.has(n.id)) seen.set(n.id, n);
  }
  return [...seen.values()].sort((a, b) => rank[a.severity] - rank[b.severity]);
});

/** Disaster mode: an emergency notice is in force. */
export const disasterMode = computed(() => activeNotices.value.some((n) => n.severity === 'emergency'));

export function receiveNotices(source: Source, notices: readonly Notice[]): void {
  bySource.value = { ...bySource.value, [source]: notices.filter(isNotice) };
}

function isNotice(value: unknown): value is Notice {
  const n = value as Partial<Notice> | null;
  return !!n && typeof n.id === 'string' && (n.severity === 'info' || n.severity === 'warning' || n.severity === 'emergency')
    && typeof n.message === 'object' && n.message !== null && typeof n.message.ja === 'string' && typeof n.expiresAt === 'string';
}

/** The message in the reader's language, else Japanese. */
export function noticeText(notice: Notice, language: string): { text: string; lang: string } {
  const own = notice.message[language];
  return own ? { text: own, lang: language } : { text: notice.message.ja ?? '', lang: 'ja' };
}
