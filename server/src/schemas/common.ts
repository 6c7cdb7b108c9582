import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

/** Every error the API answers, whatever the status: `{ error: { code, message } }`. */
export const ErrorBody = Type.Object({
  error: Type.Object({
    /** Stable, machine-readable: the app maps it to a translated message. */
    code: Type.String(),
    /** For logs and developers; not shown to citizens as is. */
    message: Type.String(),
  }),
});
export type ErrorBody = Static<typeof ErrorBody>;

/** Kiosk ids name terminals (kiosk-config/sites/<id>.json): kebab-case, like form ids. */
export const KIOSK_ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** Session, CSRF, enrolment and device tokens: 32 random bytes, unpadded base64url (43 characters). */
export const TOKEN_PATTERN = '^[A-Za-z0-9_-]{43}$';
