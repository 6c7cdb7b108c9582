import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

// The contract of /api/staff/login, /logout and /me.

/** `shelter`: shelter staff, who may set shelter status and nothing else. */
export const StaffRole = Type.Union([Type.Literal('admin'), Type.Literal('staff'), Type.Literal('shelter')]);

/** Bounds only: what a username or password must look like is checked at creation, not here. */
export const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 128 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

/** Answered by login and by /me, so a reloaded console page gets its CSRF token back. */
export const StaffSession = Type.Object({
  user: Type.Object({ username: Type.String(), role: StaffRole }),
  /** Send as `x-csrf-token` on every POST and DELETE under /api/staff. */
  csrfToken: Type.String(),
});
export type StaffSession = Static<typeof StaffSession>;

export const LOGIN_BODY_LIMIT = 4 * 1024;
/** For POSTs that take no body (logout, revoke, processed): anything sent is ignored. */
export const EMPTY_BODY_LIMIT = 1024;
