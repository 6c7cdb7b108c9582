import { Type } from '@sinclair/typebox';
import type { Static, TSchema } from '@sinclair/typebox';
import { KIOSK_ID_PATTERN, TOKEN_PATTERN } from './common.js';
import { TERMINAL_ID_MAX_LENGTH } from '../ids.js';
import { Notice } from './notices.js';

// The contract between kiosks and the server, and the fleet page of the staff console.

export const KioskId = Type.String({ pattern: KIOSK_ID_PATTERN, minLength: 2, maxLength: TERMINAL_ID_MAX_LENGTH });
export const KIOSK_BODY_LIMIT = 16 * 1024;

export const KioskParams = Type.Object({ id: KioskId });
export type KioskParams = Static<typeof KioskParams>;

export const CreateKioskBody = Type.Object(
  { kioskId: KioskId, siteName: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
export type CreateKioskBody = Static<typeof CreateKioskBody>;

export const KioskEnrolment = Type.Object({
  kioskId: Type.String(),
  siteName: Type.String(),
  /** Shown once: only its hash is stored. */
  enrolmentToken: Type.String(),
  expiresAt: Type.String({ format: 'date-time' }),
});
export type KioskEnrolment = Static<typeof KioskEnrolment>;

export const EnrolBody = Type.Object(
  { kioskId: KioskId, enrolmentToken: Type.String({ minLength: 1, maxLength: 128 }) },
  { additionalProperties: false },
);
export type EnrolBody = Static<typeof EnrolBody>;

export const EnrolResponse = Type.Object({
  /** Send as `Authorization: Bearer <deviceToken>`; only its hash is stored. */
  deviceToken: Type.String({ pattern: TOKEN_PATTERN }),
});
export type EnrolResponse = Static<typeof EnrolResponse>;

const Storage = Type.Object(
  { usage: Type.Number({ minimum: 0 }), quota: Type.Number({ minimum: 0 }) },
  { additionalProperties: false },
);
const Online = Type.Object(
  {
    since: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    offlineEvents: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);

/**
 * Queued submissions that waiting alone will not deliver, counted by why (the outbox's
 * reason codes). A string, not a list of codes: a newer kiosk's new reason still arrives.
 */
export const OutboxStuck = Type.Array(
  Type.Object(
    { reason: Type.String({ pattern: '^[a-z][a-z-]*$', maxLength: 32 }), count: Type.Integer({ minimum: 1 }) },
    { additionalProperties: false },
  ),
  { maxItems: 16 },
);
export type OutboxStuck = Static<typeof OutboxStuck>;

/** Fields a newer kiosk adds are dropped, not refused: an old server still hears from it. */
export const HeartbeatBody = Type.Object(
  {
    appVersion: Type.String({ minLength: 1, maxLength: 64 }),
    packVersion: Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Null()]),
    /** The signed expiry of the active pack: past it, the terminal shows content the city no longer vouches for. */
    packExpiresAt: Type.Optional(Type.Union([Type.String({ format: 'date-time', maxLength: 40 }), Type.Null()])),
    outboxDepth: Type.Integer({ minimum: 0 }),
    /** Absent from kiosks older than this field. */
    outboxStuck: Type.Optional(OutboxStuck),
    storage: Storage,
    online: Online,
    lastError: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type HeartbeatBody = Static<typeof HeartbeatBody>;

export const KioskNotices = Type.Object({ notices: Type.Array(Notice) });
export type KioskNotices = Static<typeof KioskNotices>;

export const HeartbeatResponse = Type.Object({
  notices: Type.Array(Notice),
  /** The pack this server serves now; absent when none is built. */
  packVersionExpected: Type.Optional(Type.String()),
});
export type HeartbeatResponse = Static<typeof HeartbeatResponse>;

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const FleetKiosk = Type.Object({
  id: Type.String(),
  siteName: Type.String(),
  enrolledAt: nullable(Type.String()),
  enrolmentPending: Type.Boolean(),
  lastSeenAt: nullable(Type.String()),
  /** Never seen, or silent for more than 15 minutes. */
  stale: Type.Boolean(),
  appVersion: nullable(Type.String()),
  packVersion: nullable(Type.String()),
  /** Until when the city vouches for the kiosk's active pack (null: not reported, or no pack). */
  packExpiresAt: nullable(Type.String()),
  outboxDepth: nullable(Type.Integer()),
  /** Empty when none is stuck, or the kiosk has not reported it. */
  outboxStuck: OutboxStuck,
  storage: nullable(Storage),
  online: nullable(Online),
  lastError: nullable(Type.String()),
  revoked: Type.Boolean(),
  revokedAt: nullable(Type.String()),
});
export type FleetKiosk = Static<typeof FleetKiosk>;

export const Fleet = Type.Object({ kiosks: Type.Array(FleetKiosk) });
export type Fleet = Static<typeof Fleet>;
