import { REPLY_CODE_DIGITS } from '../../../contract/replies';

/**
 * A fresh reply code: REPLY_CODE_DIGITS decimal digits from the platform's CSPRNG, each byte
 * ≥ 250 thrown away so every digit is equally likely (as makePin in ../status/pin.ts).
 */
export function makeReplyCode(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  let code = '';
  while (code.length < REPLY_CODE_DIGITS) {
    for (const byte of random(new Uint8Array(REPLY_CODE_DIGITS))) {
      if (byte < 250 && code.length < REPLY_CODE_DIGITS) code += String(byte % 10);
    }
  }
  return code;
}
