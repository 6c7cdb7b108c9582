/**
 * Reply codes of this page's session, by submission id: like the status PINs
 * (../forms/session-pins.ts), a kiosk's live only here and are gone at the wipe.
 */
const codes = new Map<string, string>();

export function rememberReplyCode(id: string, code: string): void {
  codes.set(id, code);
}

export function sessionReplyCode(id: string): string | undefined {
  return codes.get(id);
}
