import type { Answers } from '../../lib/forms/answers';
import type { FormDef } from '../../lib/forms/form-schema';
import { prefillAnswers } from '../../lib/forms/prefill';
import type { QrRefusalReason } from '../../../contract/qr/qr-payload';
import { verifyFormQr } from '../../../contract/qr/qr-signature';

export type UrlPrefill = { answers: Answers; filled: boolean } | { refused: QrRefusalReason };

/**
 * The answers a paper notice's QR link carries (`/f/<id>?prefill=…&sig=…`). The whole
 * URL goes through the same strict parser and signature check as a scanned code,
 * against this origin and the city's QR key from the pack: a link opened from a phone's
 * own camera app never passed the scan screen. A refusal is reported and the form opens
 * empty. Only prefillable, non-personal fields are filled (verifyFormQr and
 * prefillAnswers both enforce it).
 */
export async function prefillFromUrl(href: string, origin: string, def: FormDef, qrKey: JsonWebKey | undefined): Promise<UrlPrefill> {
  const url = href.split('#')[0] ?? href;
  if (!url.includes('?')) return { answers: {}, filled: false };
  const result = await verifyFormQr(url, origin, [def], qrKey);
  if (!result.ok) return { refused: result.reason };
  if (result.formId !== def.id) return { refused: 'unknown-form' };
  const answers = prefillAnswers(def, result.prefill);
  return { answers, filled: Object.keys(answers).length > 0 };
}
