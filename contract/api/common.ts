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

/** Kiosk ids name terminals (kiosk-config/sites/<id>.json): one rule with the content build. */
export { TERMINAL_ID_PATTERN as KIOSK_ID_PATTERN, TOKEN_PATTERN } from '../ids.js';
