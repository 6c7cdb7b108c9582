/**
 * Shift_JIS as Excel on Japanese Windows reads it (CP932, WHATWG "Shift_JIS"). Browsers
 * decode it but only write UTF-8, so the encoder is the decoder turned around: a table
 * built once, on first use, by decoding every byte and byte pair.
 */

/** Code point → bytes: one byte below 0x100, else lead byte << 8 | trail byte. */
let table: Map<number, number> | undefined;

/**
 * Characters a Japanese keyboard or a Mac produces that CP932 has under another code
 * point (the "wave dash problem"): mapped to the glyph Excel shows for them instead of '?'.
 */
const compatible: ReadonlyArray<readonly [from: number, to: number]> = [
  [0x301c, 0xff5e], // 〜 WAVE DASH → ～
  [0x2016, 0x2225], // ‖ → ∥
  [0x2212, 0xff0d], // − MINUS SIGN → －
  [0x00a2, 0xffe0], // ¢
  [0x00a3, 0xffe1], // £
  [0x00ac, 0xffe2], // ¬
  [0x2014, 0x2015], // — EM DASH → ―
  [0x00a5, 0x5c], // ¥ → the byte Japanese Windows shows as ¥
  [0x203e, 0x7e], // ‾
];

function buildTable(): Map<number, number> {
  const decoder = new TextDecoder('shift_jis');
  const map = new Map<number, number>();
  const add = (bytes: number[], code: number) => {
    const text = decoder.decode(new Uint8Array(bytes));
    const point = text.codePointAt(0);
    // First wins, as in the WHATWG encoder: duplicates map to their first byte sequence.
    if (point !== undefined && point !== 0xfffd && text.length <= 2 && !map.has(point)) map.set(point, code);
  };
  for (let byte = 0; byte < 0x80; byte++) add([byte], byte);
  for (let byte = 0xa1; byte <= 0xdf; byte++) add([byte], byte);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    // Rows 0xED–0xEF are NEC's copies of the IBM extensions; the encoder uses the IBM rows (0xFA–0xFC).
    if (lead >= 0xed && lead <= 0xef) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail !== 0x7f) add([lead, trail], (lead << 8) | trail);
    }
  }
  for (const [from, to] of compatible) {
    const code = map.get(to);
    if (code !== undefined && !map.has(from)) map.set(from, code);
  }
  return map;
}

export interface Encoded {
  bytes: Uint8Array<ArrayBuffer>;
  /** Characters CP932 cannot hold, written as '?' (emoji, 𠮷 and other rare kanji). */
  replaced: number;
}

export function encodeCp932(text: string): Encoded {
  table ??= buildTable();
  const out = new Uint8Array(text.length * 2);
  let length = 0;
  let replaced = 0;
  for (const char of text) {
    const code = table.get(char.codePointAt(0) ?? 0);
    if (code === undefined) {
      out[length++] = 0x3f;
      replaced++;
    } else if (code > 0xff) {
      out[length++] = code >> 8;
      out[length++] = code & 0xff;
    } else {
      out[length++] = code;
    }
  }
  return { bytes: out.slice(0, length), replaced };
}
