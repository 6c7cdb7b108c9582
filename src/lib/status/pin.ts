import { PIN_DIGITS, pinHashInput } from '../../../contract/status';

/**
 * A fresh status PIN: PIN_DIGITS decimal digits from the platform's CSPRNG. Each digit
 * rejects bytes ≥ 250, so every digit is exactly as likely as the others.
 */
export function makePin(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  let pin = '';
  while (pin.length < PIN_DIGITS) {
    for (const byte of random(new Uint8Array(PIN_DIGITS))) {
      if (byte < 250 && pin.length < PIN_DIGITS) pin += String(byte % 10);
    }
  }
  return pin;
}

/** What travels beside the ciphertext: hex sha256 of the PIN salted with the submission id. */
export async function hashPin(submissionId: string, pin: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(pinHashInput(submissionId, pin)));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
