import * as v from 'valibot';
import { optional } from '../../csv/types';
import { facilityKinds } from '../pack-types';
import { id, text } from './common';
import { parseDays, parseHolidayUse, parseTime, parseYesNo } from './opening-hours';
import type { Result } from '../../result';

/**
 * content/facilities/facilities.csv, in the style of the 自治体標準オープンデータセット
 * (公共施設一覧, 医療機関一覧, AED設置箇所一覧): read by header name, names as the
 * Digital Agency templates write them, with the variants publishers use.
 */
export const facilityColumns = {
  municipalityCode: optional(['全国地方公共団体コード']),
  id: ['ID'],
  name: ['名称'],
  nameKana: optional(['名称_カナ', '名称_よみがな']),
  nameEn: optional(['名称_英字', '名称_英語']),
  kind: ['種別', '施設種別'],
  address: ['所在地_連結表記', '所在地', '住所'],
  lat: ['緯度'],
  lng: ['経度'],
  phone: optional(['電話番号']),
  days: ['利用可能曜日'],
  open: ['開始時間'],
  close: ['終了時間'],
  holidays: optional(['祝日の利用', '祝日利用']),
  hoursNote: optional(['利用可能日時特記事項']),
  wheelchair: optional(['車いす対応', '車椅子対応']),
  accessibleToilet: optional(['多目的トイレ', '多機能トイレ', 'バリアフリートイレ']),
  parking: optional(['駐車場']),
  url: optional(['URL']),
  note: optional(['備考']),
} as const;

/** Turns a cell parser's error into a valibot issue, so CSV cells report like JSON values. */
function cell<T>(parse: (value: string) => Result<T, string>) {
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

const plain = v.optional(v.pipe(v.string(), v.trim()), '');

function coordinate(min: number, max: number, what: string) {
  return v.pipe(
    v.string(),
    v.trim(),
    v.regex(/^-?\d+(\.\d+)?$/, `expected a ${what} in decimal degrees`),
    v.transform(Number),
    // Bounds of Japan: catches swapped latitude and longitude.
    v.minValue(min, `expected a ${what} in Japan (${min}–${max})`),
    v.maxValue(max, `expected a ${what} in Japan (${min}–${max})`),
  );
}

export const facilityRowSchema = v.pipe(
  v.object({
    municipalityCode: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^(\d{6})?$/, 'expected a 6-digit 全国地方公共団体コード'))),
    id,
    name: text,
    nameKana: v.optional(
      v.pipe(v.string(), v.trim(), v.regex(/^[\p{Script=Katakana}ー・\s]*$/u, 'expected katakana')),
      '',
    ),
    nameEn: plain,
    kind: v.picklist(facilityKinds),
    address: text,
    lat: coordinate(20, 46, 'latitude'),
    lng: coordinate(122, 154, 'longitude'),
    phone: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^(\d[\d-]{4,}\d)?$/, 'expected a phone number such as 0246-22-1111')), ''),
    days: cell(parseDays),
    open: cell((value) => parseTime(value)),
    close: cell((value) => parseTime(value, true)),
    holidays: cell(parseHolidayUse),
    hoursNote: plain,
    wheelchair: cell(parseYesNo),
    accessibleToilet: cell(parseYesNo),
    parking: plain,
    url: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^(https?:\/\/\S+)?$/, 'expected an http(s) URL')), ''),
    note: plain,
  }),
  v.forward(
    v.check((row) => row.close > row.open, 'expected a closing time after the opening time'),
    ['close'],
  ),
);

export type FacilityRow = v.InferOutput<typeof facilityRowSchema>;
