import type { QrForm, QrRefusalReason } from '../../../contract/qr/qr-payload';
import { verifyFormQr } from '../../../contract/qr/qr-signature';

/**
 * What the scan screen does with a piece of text read from a QR code or typed in:
 * open one of our forms inside the app, or refuse with a reason. There is no third
 * outcome: the text itself is never followed, opened or assigned to location.
 */
export type ScanDecision = { action: 'open'; href: string } | { action: 'refuse'; reason: QrRefusalReason };

/** `qrKey`: the city's QR public key from the pack; a signed or prefilled code needs it. */
export async function decideScan(text: string, origin: string, forms: readonly QrForm[], qrKey: JsonWebKey | undefined): Promise<ScanDecision> {
  const result = await verifyFormQr(text, origin, forms, qrKey);
  if (!result.ok) return { action: 'refuse', reason: result.reason };
  // The route is rebuilt from the checked form id, and the query is copied byte for
  // byte: parseFormQr has allowed only `prefill` and `sig` in base64url, and the
  // signature covers `prefill=<value>` exactly as printed, so it must not be re-encoded.
  // The form checks it again: a route can be opened without this screen.
  const query = /\?([^#]*)$/.exec(text)?.[1] ?? '';
  return { action: 'open', href: query === '' ? `/f/${result.formId}` : `/f/${result.formId}?${query}` };
}

const bareFormId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * What was typed into the manual field, as the text a QR code would hold. Spaces
 * around a pasted address are dropped, and a notice's printed form id alone
 * ("road-light-report") stands for that form on this site; everything else goes
 * through the same checks as a scanned code.
 */
export function manualEntryText(input: string, origin: string): string {
  const text = input.trim();
  return bareFormId.test(text) ? `${origin}/f/${text}` : text;
}
