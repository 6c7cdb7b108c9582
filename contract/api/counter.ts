import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { MAX_PHRASE_NUMBER, PHRASE_DATE_PATTERN, PHRASE_ID_MAX_LENGTH, PHRASE_ID_PATTERN } from '../counter.js';
import { TERMINAL_ID_MAX_LENGTH, TERMINAL_ID_PATTERN, TOKEN_PATTERN } from '../ids.js';

// Counter conversations (指差し会話): the staff console opens one for a counter, a kiosk
// or a phone joins it by a six-digit code, and both send phrase ids over POST and hear
// each other over Server-Sent Events (text/event-stream, events `state`, `say`, `ended`).

export const COUNTER_BODY_LIMIT = 1024;
export const PAIRING_CODE_PATTERN = '^[0-9]{6}$';
/** 16 random bytes, base64url. */
export const CONVERSATION_ID_PATTERN = '^[A-Za-z0-9_-]{22}$';

/** A counter is named like a terminal: `taira-1`, `onahama-shimin-2`. */
export const CreateConversationBody = Type.Object(
  { counter: Type.String({ pattern: TERMINAL_ID_PATTERN, minLength: 2, maxLength: TERMINAL_ID_MAX_LENGTH }) },
  { additionalProperties: false },
);
export type CreateConversationBody = Static<typeof CreateConversationBody>;

export const CreatedConversation = Type.Object({
  sessionId: Type.String(),
  /** Shown on the clerk's screen and in its QR code; joins once, for ten minutes. */
  code: Type.String({ pattern: PAIRING_CODE_PATTERN }),
  token: Type.String({ pattern: TOKEN_PATTERN }),
  expiresAt: Type.String({ format: 'date-time' }),
});
export type CreatedConversation = Static<typeof CreatedConversation>;

export const JoinBody = Type.Object({ code: Type.String({ pattern: PAIRING_CODE_PATTERN }) }, { additionalProperties: false });
export type JoinBody = Static<typeof JoinBody>;

export const JoinedConversation = Type.Object({
  sessionId: Type.String(),
  token: Type.String({ pattern: TOKEN_PATTERN }),
  counter: Type.String(),
});
export type JoinedConversation = Static<typeof JoinedConversation>;

export const ConversationParams = Type.Object({ id: Type.String({ pattern: CONVERSATION_ID_PATTERN }) });
export type ConversationParams = Static<typeof ConversationParams>;

/** EventSource cannot send headers: the token rides in the query (the logs redact `token`). */
export const EventsQuery = Type.Object({ token: Type.String({ pattern: TOKEN_PATTERN }) }, { additionalProperties: false });
export type EventsQuery = Static<typeof EventsQuery>;

export const SayBody = Type.Object(
  {
    token: Type.String({ pattern: TOKEN_PATTERN }),
    phrase: Type.String({ pattern: PHRASE_ID_PATTERN, maxLength: PHRASE_ID_MAX_LENGTH }),
    n: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_PHRASE_NUMBER })),
    date: Type.Optional(Type.String({ pattern: PHRASE_DATE_PATTERN })),
  },
  { additionalProperties: false },
);
export type SayBody = Static<typeof SayBody>;

export const EndBody = Type.Object({ token: Type.String({ pattern: TOKEN_PATTERN }) }, { additionalProperties: false });
export type EndBody = Static<typeof EndBody>;

/** The `state` event, sent first on every (re)connection. */
export interface ConversationState { side: 'staff' | 'citizen'; paired: boolean; counter: string }
