import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { FORM_ID_PATTERN } from './submissions.js';

// A notice's QR code, signed for the staff console. Bounded like the code itself: a QR
// payload over 1 KB is refused by every device, so nothing larger is worth signing.

/** Field ids are camelCase ASCII (src/lib/forms/form-schema.ts); values as a device accepts them. */
const FIELD_ID_PATTERN = '^[a-z][A-Za-z0-9]{0,63}$';

export const SignQrBody = Type.Object(
  {
    formId: Type.String({ pattern: FORM_ID_PATTERN, maxLength: 64 }),
    prefill: Type.Optional(
      Type.Record(Type.String({ pattern: FIELD_ID_PATTERN }), Type.String({ minLength: 1, maxLength: 200 }), { maxProperties: 10 }),
    ),
  },
  { additionalProperties: false },
);
export type SignQrBody = Static<typeof SignQrBody>;
export const QR_BODY_LIMIT = 8 * 1024;

export const SignedQr = Type.Object({
  /** The link to print as the QR code: `<origin>/f/<formId>[?prefill=…]&sig=…`. */
  url: Type.String(),
  /** Thumbprint of the key that signed it, so an operator can tell which key a printed code needs. */
  kid: Type.String(),
});
export type SignedQr = Static<typeof SignedQr>;
