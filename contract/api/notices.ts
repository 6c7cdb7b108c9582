import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { hazards } from '../hazards.js';
import type { Hazard } from '../hazards.js';
import { languageCodes, type LanguageCode } from '../languages.js';
import { KIOSK_ID_PATTERN } from './common.js';
import { TERMINAL_ID_MAX_LENGTH } from '../ids.js';
import { UUID_V7_PATTERN } from './submissions.js';

// Notices: a banner on every kiosk (and, for those to all, on every phone) that staff post
// in a disaster or for a closure. Plain text per language; the app renders it as text.

const Text = Type.String({ minLength: 1, maxLength: 1000 });
const Translation = Type.Optional(Text);
/** Japanese always; any of the other languages Madoguchi speaks (contract/languages.ts). */
const translations = Object.fromEntries(languageCodes.filter((code) => code !== 'ja').map((code) => [code, Translation])) as Record<
  Exclude<LanguageCode, 'ja'>,
  typeof Translation
>;
// propertyNames as well as additionalProperties: Fastify's validator strips unknown properties
// before it would refuse them, so a mistyped code ("zh-TW") would be dropped in silence;
// propertyNames refuses it by name instead.
export const NoticeMessage = Type.Object({ ja: Text, ...translations }, { additionalProperties: false, propertyNames: { enum: [...languageCodes] } });
export type NoticeMessage = Static<typeof NoticeMessage>;

export const NoticeSeverity = Type.Union([Type.Literal('info'), Type.Literal('warning'), Type.Literal('emergency')]);

/**
 * What the notice is about, so disaster mode opens the evacuation list with it chosen. The
 * app's own vocabulary, imported rather than copied: a code the app does not know would
 * leave the citizen with nothing chosen, so the server refuses it.
 */
// An enum rather than a union of literals, so a wrong value fails with one error that
// lists the allowed codes (lib/validation-message.ts), not one error per code.
export const NoticeHazard = Type.Unsafe<Hazard>({ type: 'string', enum: [...hazards] });

export const NoticeTargets = Type.Union([
  Type.Literal('all'),
  Type.Array(Type.String({ pattern: KIOSK_ID_PATTERN, maxLength: TERMINAL_ID_MAX_LENGTH }), { minItems: 1, maxItems: 500, uniqueItems: true }),
]);

export const PostNoticeBody = Type.Object(
  {
    severity: NoticeSeverity,
    /** Optional: a closure or a general evacuation order names no hazard. */
    hazard: Type.Optional(NoticeHazard),
    message: NoticeMessage,
    targets: NoticeTargets,
    /** Required: a notice nobody remembers to withdraw still lapses. */
    expiresAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type PostNoticeBody = Static<typeof PostNoticeBody>;
export const NOTICE_BODY_LIMIT = 64 * 1024;

export const Notice = Type.Object({
  id: Type.String(),
  severity: NoticeSeverity,
  /** Absent when the notice names no hazard. */
  hazard: Type.Optional(NoticeHazard),
  message: NoticeMessage,
  createdAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type Notice = Static<typeof Notice>;

export const StaffNotice = Type.Composite([
  Notice,
  Type.Object({ targets: NoticeTargets, createdBy: Type.Union([Type.String(), Type.Null()]) }),
]);
export type StaffNotice = Static<typeof StaffNotice>;

export const NoticeList = Type.Object({ notices: Type.Array(Notice) });
export type NoticeList = Static<typeof NoticeList>;
export const StaffNoticeList = Type.Object({ notices: Type.Array(StaffNotice) });
export type StaffNoticeList = Static<typeof StaffNoticeList>;

export const NoticeParams = Type.Object({ id: Type.String({ pattern: UUID_V7_PATTERN }) });
export type NoticeParams = Static<typeof NoticeParams>;

/** `?reason=undo` when the poster takes a notice back in the moments after posting it: the audit log says so. */
export const WithdrawNoticeQuery = Type.Object({ reason: Type.Optional(Type.Literal('undo')) }, { additionalProperties: false });
export type WithdrawNoticeQuery = Static<typeof WithdrawNoticeQuery>;
