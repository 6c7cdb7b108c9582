import * as v from 'valibot';
import { optional } from '../../csv/types';
import { id, text } from './common';
import { latitude, latitudeHeaders, longitude, longitudeHeaders, municipalityCode, nameKana, phone, plain } from './disaster-cells';
import { closesAfterOpening, hoursColumns, hoursFields } from './disaster-hours';

/** AED設置箇所一覧 (自治体標準オープンデータセット style): content/disaster/aed.csv. */
export const aedColumns = {
  municipalityCode: optional(['全国地方公共団体コード']),
  id: ['ID'],
  name: ['名称'],
  nameKana: optional(['名称_カナ', '名称_よみがな']),
  address: ['所在地_連結表記', '所在地', '住所'],
  lat: latitudeHeaders,
  lng: longitudeHeaders,
  /** Where in the building: 「1階 総合案内横」. What someone running for an AED needs most. */
  placement: ['設置位置', '設置場所'],
  phone: optional(['電話番号']),
  ...hoursColumns,
  holidays: optional(hoursColumns.holidays),
  hoursNote: optional(hoursColumns.hoursNote),
  note: optional(['備考']),
} as const;

export const aedRowSchema = v.pipe(
  v.object({
    municipalityCode,
    id,
    name: text,
    nameKana,
    address: text,
    lat: latitude,
    lng: longitude,
    placement: text,
    phone,
    ...hoursFields,
    note: plain,
  }),
  closesAfterOpening(),
);

export type AedRow = v.InferOutput<typeof aedRowSchema>;
