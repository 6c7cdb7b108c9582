import type { PostNoticeBody } from '../../../../contract/api/notices';
import type { Hazard } from '../../../../contract/hazards';
import { languageCodes, type LanguageCode } from '../../../../contract/languages';
import { err, ok, type Result } from '../../../lib/result';

export type Severity = PostNoticeBody['severity'];
export const severities: readonly Severity[] = ['info', 'warning', 'emergency'];

/** What the notice form holds, as typed. */
export interface NoticeDraft {
  severity: Severity;
  /** Undefined for none: the default, since most notices (a closure, a change of hours) name no hazard. */
  hazard: Hazard | undefined;
  /** The text in each language, as typed or picked; Japanese is required, the rest optional. */
  messages: Partial<Record<LanguageCode, string>>;
  targets: 'all' | 'chosen';
  chosen: readonly string[];
  /** `<input type="datetime-local">` value, read as Japan time. */
  expiresLocal: string;
}

/** Why the form cannot be sent yet; each is a sentence in staff.json (notices.problems.*). */
export type DraftProblem = 'message-required' | 'no-targets' | 'expiry-invalid' | 'expiry-past';

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** "YYYY-MM-DDTHH:MM" in Japan time, for a datetime-local input. */
export function jstLocalValue(date: Date): string {
  return new Date(date.getTime() + JST_OFFSET_MS).toISOString().slice(0, 16);
}

/** The instant a datetime-local value means in Japan time; the city's clock, whatever the PC's zone. */
export function fromJstLocal(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}:00+09:00`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The languages the notice has no text in yet, in the order the form lists them. */
export function missingLanguages(messages: NoticeDraft['messages']): LanguageCode[] {
  return languageCodes.filter((code) => (messages[code] ?? '').trim() === '');
}

export function noticeBody(draft: NoticeDraft, now: Date): Result<PostNoticeBody, DraftProblem> {
  const ja = (draft.messages.ja ?? '').trim();
  if (ja === '') return err('message-required');
  // Empty languages are left out: a reader of one sees the Japanese, told that it is.
  const translations = Object.fromEntries(languageCodes.filter((code) => code !== 'ja')
    .map((code) => [code, (draft.messages[code] ?? '').trim()]).filter(([, text]) => text !== ''));
  if (draft.targets === 'chosen' && draft.chosen.length === 0) return err('no-targets');
  const expires = fromJstLocal(draft.expiresLocal);
  if (!expires) return err('expiry-invalid');
  if (expires.getTime() <= now.getTime()) return err('expiry-past');
  return ok({
    severity: draft.severity,
    // Left out rather than null: the API takes an absent hazard as none.
    ...(draft.hazard ? { hazard: draft.hazard } : {}),
    message: { ja, ...translations },
    targets: draft.targets === 'all' ? 'all' : [...draft.chosen],
    expiresAt: expires.toISOString(),
  });
}
