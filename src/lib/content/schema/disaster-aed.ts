import * as v from 'valibot';
import { optional } from '../../csv/types';
import { id, text } from './common';
import { latitude, longitude, municipalityCode, nameKana, phone, plain, standardPlaceColumns } from './disaster-cells';
import { closesAfterOpening, hoursColumns, hoursFields } from './disaster-hours';

/** AED設置箇所一覧 (自治体標準オープンデータセット style): content/disaster/aed.csv. */
export const aedColumns = {
  ...standardPlaceColumns,
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
