import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { UUID_V7_PATTERN } from '../ids.js';

// Shelter status (開設状況・混雑状況): staff at a shelter or 支所 say whether it is open and
// how full; every kiosk and phone shows it next to the site. Public: nothing here is personal.

/**
 * The states a shelter can be in, in the order staff meet them on the day. A site no one
 * has reported on has no status at all (unknown), which is not the same as "not open".
 */
export const shelterStates = ['not-open', 'open', 'crowded', 'full', 'closed'] as const;
export type ShelterState = (typeof shelterStates)[number];

/** States in which a citizen must not be sent there in an emergency. */
export const unusableShelterStates: readonly ShelterState[] = ['not-open', 'full', 'closed'];

/** An evacuation site's id: 共通ID (GSI) or the standard dataset's ID. */
export const SITE_ID_PATTERN = '^[0-9A-Za-z_-]{1,64}$';
/** More people than any shelter in the city holds; a typo beyond this is refused. */
export const MAX_HEADCOUNT = 100_000;

const State = Type.Unsafe<ShelterState>({ type: 'string', enum: [...shelterStates] });

export const ShelterStatus = Type.Object({
  siteId: Type.String({ pattern: SITE_ID_PATTERN }),
  state: State,
  /** People there now, when staff counted; null when they did not say. */
  headcount: Type.Union([Type.Integer({ minimum: 0, maximum: MAX_HEADCOUNT }), Type.Null()]),
  /** When staff set it (their device's time, never later than the server's). */
  setAt: Type.String({ format: 'date-time' }),
});
export type ShelterStatus = Static<typeof ShelterStatus>;

export const ShelterStatusList = Type.Object({
  statuses: Type.Array(ShelterStatus),
  /** The server's time of this answer: a device tells how old its copy is from this, not its own clock. */
  at: Type.String({ format: 'date-time' }),
});
export type ShelterStatusList = Static<typeof ShelterStatusList>;

/**
 * One change, made once on a staff phone and queued until delivered. The id is chosen by the
 * phone (UUIDv7), so a retried PUT is applied once: a replay answers as the first delivery did,
 * the same id with another body is a 409.
 */
export const ShelterChangeParams = Type.Object({ id: Type.String({ pattern: UUID_V7_PATTERN }) });
export type ShelterChangeParams = Static<typeof ShelterChangeParams>;

export const ShelterChangeBody = Type.Object(
  {
    siteId: Type.String({ pattern: SITE_ID_PATTERN }),
    state: State,
    headcount: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: MAX_HEADCOUNT }), Type.Null()])),
    setAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type ShelterChangeBody = Static<typeof ShelterChangeBody>;

export const ShelterChangeResult = Type.Object({
  /** The site's status after this change: this one, or a later one that came first. */
  current: ShelterStatus,
  /** False when a change set later was already in force, so this one is kept only in the record. */
  applied: Type.Boolean(),
});
export type ShelterChangeResult = Static<typeof ShelterChangeResult>;

export const SHELTER_CHANGE_BODY_LIMIT = 4 * 1024;
/** The server-sent event that carries the whole list (kiosks keep a stream open). */
export const SHELTER_STATUS_EVENT = 'shelter-status';
