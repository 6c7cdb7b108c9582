import * as v from 'valibot';
import { iwakiBounds } from '../../geo/iwaki-bounds';
import { err, ok, type Result } from '../../result';
import { optional } from '../../csv/types';

/**
 * Cell parsers shared by the disaster open-data files (GSI 避難場所・避難所 and the
 * 自治体標準オープンデータセット). Messages start with "expected": the build prints them as
 * `expected … got <value>` at the cell's line and column.
 */

/** Turns a cell parser into a schema, so a CSV cell reports like a JSON value. */
export function cell<T>(parse: (value: string) => Result<T, string>) {
  return v.pipe(
    v.optional(v.string(), ''),
    v.rawTransform<string, T>(({ dataset, addIssue, NEVER }) => {
      const result = parse(dataset.value);
      if (result.ok) return result.value;
      addIssue({ message: result.error });
      return NEVER;
    }),
  );
}

/**
 * A hazard column: `1` (GSI) or ○/◯ (common in municipal spreadsheets) means designated,
 * empty means not. 〇 (the kanji zero, which IMEs offer for まる) is taken as ○ too.
 * Anything else ("0", "×", "有", "2") is refused rather than guessed: a wrong guess sends
 * people to a site that is not safe for that hazard, or away from one that is.
 */
export function parseHazardFlag(value: string): Result<boolean, string> {
  const text = value.normalize('NFKC').trim();
  if (text === '') return ok(false);
  if (text === '1' || text === '○' || text === '◯' || text === '〇') return ok(true);
  return err('expected 1 or ○ (designated for this hazard) or an empty cell (not designated)');
}

/** 想定収容人数: a whole number of people, "1,200" and "1200人" accepted; empty = unknown. */
export function parseCapacity(value: string): Result<number | null, string> {
  const text = value.normalize('NFKC').trim().replace(/,/g, '').replace(/人$/, '');
  if (text === '') return ok(null);
  if (!/^\d+$/.test(text)) return err('expected a number of people, such as 450');
  return ok(Number(text));
}

/**
 * A latitude or longitude cell: decimal degrees inside the Iwaki box (geo/iwaki-bounds).
 * Checked per cell, not per row, so every bad cell of a file is reported in one pass;
 * a latitude that would be a good Iwaki longitude (or the reverse) is called out as swapped.
 */
export function parseDegrees(what: 'latitude' | 'longitude') {
  const [min, max, otherMin, otherMax, unit] =
    what === 'latitude'
      ? [iwakiBounds.south, iwakiBounds.north, iwakiBounds.west, iwakiBounds.east, 'N']
      : [iwakiBounds.west, iwakiBounds.east, iwakiBounds.south, iwakiBounds.north, 'E'];
  return (value: string): Result<number, string> => {
    const text = value.normalize('NFKC').trim();
    if (!/^-?\d+(\.\d+)?$/.test(text)) return err(`expected a ${what} in decimal degrees, such as ${what === 'latitude' ? '36.9486' : '140.9034'}`);
    const degrees = Number(text);
    if (degrees >= min && degrees <= max) return ok(degrees);
    const swapped = degrees >= otherMin && degrees <= otherMax;
    return err(`expected a ${what} in Iwaki City (${min}–${max} ${unit})${swapped ? ': latitude and longitude look swapped' : ''}`);
  };
}

export const latitude = cell(parseDegrees('latitude'));
export const longitude = cell(parseDegrees('longitude'));

/** 全国地方公共団体コード: six digits (Iwaki is 072044); optional. */
export const municipalityCode = v.optional(v.pipe(v.string(), v.trim(), v.regex(/^(\d{6})?$/, 'expected a 6-digit 全国地方公共団体コード')), '');

/** Open-data IDs: GSI 共通ID are digits; the standard datasets allow letters, digits, - and _. */
export const openDataId = v.pipe(
  v.string(),
  v.trim(),
  v.regex(/^[0-9A-Za-z][0-9A-Za-z_-]*$/, 'expected an ID of letters, digits, - or _'),
);

/** 名称_カナ: the authoritative reading of the name; full-width katakana. */
export const nameKana = v.optional(v.pipe(v.string(), v.trim(), v.regex(/^[\p{Script=Katakana}ー・\s]*$/u, 'expected katakana')), '');

export const phone = v.optional(
  v.pipe(v.string(), v.trim(), v.regex(/^(\d[\d-]{4,}\d)?$/, 'expected a phone number such as 0246-22-1111')),
  '',
);

/** Text that may be left empty (or whose column may be absent). */
export const plain = v.optional(v.pipe(v.string(), v.trim()), '');

/** Header names of latitude and longitude as publishers write them (DATA.md: 緯度/経度). */
export const latitudeHeaders = ['緯度', '緯度(世界測地系)', '緯度(10進数)', '緯度(十進)', 'lat', 'latitude'] as const;
export const longitudeHeaders = ['経度', '経度(世界測地系)', '経度(10進数)', '経度(十進)', 'lng', 'lon', 'longitude'] as const;

/**
 * The columns every place list of the Digital Agency standard dataset family shares
 * (医療機関一覧, AED設置箇所一覧, …): spread into each dataset's own column spec.
 */
export const standardPlaceColumns = {
  municipalityCode: optional(['全国地方公共団体コード']),
  id: ['ID'],
  name: ['名称'],
  nameKana: optional(['名称_カナ', '名称_よみがな']),
  address: ['所在地_連結表記', '所在地', '住所'],
  lat: latitudeHeaders,
  lng: longitudeHeaders,
};
