import type { Answers } from '../../lib/forms/answers';
import type { FormDef } from '../../lib/forms/form-schema';
import { prefillAnswers } from '../../lib/forms/prefill';
import { parseFormQr, type QrRefusalReason } from '../../lib/forms/qr-payload';

export type UrlPrefill = { answers: Answers; filled: boolean } | { refused: QrRefusalReason };

/**
 * The answers a paper notice's QR link carries (`/f/<id>?prefill=…`). The whole
 * URL goes through the same strict parser as a scanned code, against this
 * origin; a refusal is reported and the form opens empty. Only fields marked
 * prefillable are filled (parseFormQr and prefillAnswers both enforce it).
 */
export function prefillFromUrl(href: string, origin: string, def: FormDef): UrlPrefill {
  const url = href.split('#')[0] ?? href;
  if (!url.includes('?')) return { answers: {}, filled: false };
  const result = parseFormQr(url, origin, [def]);
  if (!result.ok) return { refused: result.reason };
  if (result.formId !== def.id) return { refused: 'unknown-form' };
  const answers = prefillAnswers(def, result.prefill);
  return { answers, filled: Object.keys(answers).length > 0 };
}
