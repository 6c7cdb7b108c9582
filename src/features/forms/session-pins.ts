/**
 * Status PINs of this page's session, by submission id. On a kiosk this is the only place
 * a PIN lives (the wipe reloads the page, and it is gone); a phone also stores it with
 * the outbox item and then the receipt.
 */
const pins = new Map<string, string>();

export function rememberPin(id: string, pin: string): void {
  pins.set(id, pin);
}

export function sessionPin(id: string): string | undefined {
  return pins.get(id);
}
