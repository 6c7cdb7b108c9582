import * as v from 'valibot';
import { optional } from '../../csv/types';
import { err, ok, type Result } from '../../result';
import { id, text } from './common';
import { cell, latitude, longitude, municipalityCode, nameKana, phone, plain, standardPlaceColumns } from './disaster-cells';
import { closesAfterOpening, hoursColumns, hoursFields } from './disaster-hours';
import { parseYesNo } from './opening-hours';

/** 医療機関一覧 (自治体標準オープンデータセット style): content/disaster/medical.csv. */
export const medicalColumns = {
  ...standardPlaceColumns,
  phone: optional(['電話番号']),
  departments: ['診療科目'],
  ...hoursColumns,
  holidays: optional(hoursColumns.holidays),
  hoursNote: optional(hoursColumns.hoursNote),
  wheelchair: optional(['車いす対応', '車椅子対応']),
  accessibleToilet: optional(['多目的トイレ', '多機能トイレ', 'バリアフリートイレ']),
  parking: optional(['駐車場']),
  note: optional(['備考']),
} as const;

/**
 * 診療科目 lists several departments; publishers separate them with ; ・ 、 (or a comma
 * inside the quoted cell). Order is kept, duplicates dropped.
 */
export function splitDepartments(value: string): Result<string[], string> {
  const departments = [...new Set(value.normalize('NFKC').split(/[;・、,]/).map((d) => d.trim()).filter((d) => d !== ''))];
  return departments.length > 0 ? ok(departments) : err('expected at least one department, such as 内科;小児科');
}

const yesNo = cell(parseYesNo);

export const medicalRowSchema = v.pipe(
  v.object({
    municipalityCode,
    id,
    name: text,
    nameKana,
    address: text,
    lat: latitude,
    lng: longitude,
    phone,
    departments: cell(splitDepartments),
    ...hoursFields,
    wheelchair: yesNo,
    accessibleToilet: yesNo,
    parking: plain,
    note: plain,
  }),
  closesAfterOpening(),
);

export type MedicalRow = v.InferOutput<typeof medicalRowSchema>;
