import * as v from 'valibot';
import { optional } from '../../csv/types';
import { latitude, longitude, latitudeHeaders, longitudeHeaders } from './disaster-cells';

/**
 * 位置参照情報 大字・町丁目レベル (GSI / 国土交通省), one row per 大字 or 町丁目 with its
 * representative point: content/places/*.csv. Columns by header name; a reading column
 * (as address datasets derived from it carry) is taken when present.
 */
export const townColumns = {
  prefectureCode: optional(['都道府県コード']),
  prefecture: optional(['都道府県名']),
  municipalityCode: optional(['市区町村コード']),
  municipality: optional(['市区町村名']),
  code: ['大字町丁目コード', '大字・町丁目コード'],
  name: ['大字町丁目名', '大字・町丁目名'],
  nameKana: optional(['大字町丁目名カナ', '大字町丁目名_カナ', '大字・町丁目名カナ']),
  lat: latitudeHeaders,
  lng: longitudeHeaders,
} as const;

export const townRowSchema = v.object({
  prefectureCode: v.optional(v.string(), ''),
  prefecture: v.optional(v.string(), ''),
  municipalityCode: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^(\d{5})?$/, 'expected a 5-digit 市区町村コード')), ''),
  municipality: v.optional(v.string(), ''),
  code: v.pipe(v.string(), v.trim(), v.regex(/^\d{1,12}$/, 'expected the 大字町丁目コード (digits)')),
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'expected the 大字・町丁目 name')),
  nameKana: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^[\p{Script=Katakana}\p{Script=Hiragana}ー・\s]*$/u, 'expected a reading in kana')), ''),
  lat: latitude,
  lng: longitude,
});

export type TownRow = v.InferOutput<typeof townRowSchema>;
