import type { CsvEncoding } from './types';

/**
 * Decodes the bytes of an open-data CSV. Japanese publishers ship UTF-8 (often with a BOM,
 * which Excel needs) or Shift_JIS (CP932, Excel's legacy default). UTF-8 is strict enough
 * that Shift_JIS text almost never decodes as valid UTF-8, so "not valid UTF-8" is the test.
 * WHATWG's "shift_jis" decoder is the Windows-31J/CP932 table, with the NEC/IBM extensions.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  // UTF-16 with a BOM is what Excel's "Unicode text" export writes; cheap to accept.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'shift_jis' };
  }
}
