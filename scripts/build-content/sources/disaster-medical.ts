import { join } from 'node:path';
import { medicalColumns, medicalRowSchema, type MedicalRow } from '../../../src/lib/content/schema/disaster-medical.ts';
import { yearEndClosure } from '../../../src/lib/content/schema/disaster-hours.ts';
import { packPaths, type HolidayDuty, type MedicalFacility } from '../../../src/lib/content/pack-types.ts';
import type { Location } from '../report.ts';
import { checkDuplicateIds, readCsvRows } from './disaster-csv.ts';
import { loadHolidayDuty } from './disaster-holiday-duty.ts';
import type { ContentSource, SourceContext } from './types.ts';

/**
 * content/disaster/medical.csv (医療機関一覧) → disaster/medical.json, and holiday-duty.json
 * (休日当番医) → disaster/holiday-duty.json. One source because the rota is only valid
 * against the facilities: every item must name a facility of medical.csv and one of its
 * 診療科目.
 */
export const disasterMedicalSource: ContentSource = {
  name: 'disaster-medical',
  async load(ctx) {
    const csv = await readCsvRows(join(ctx.contentDir, 'disaster', 'medical.csv'), medicalColumns, medicalRowSchema, ctx);
    if (!csv) return undefined;
    checkDuplicateIds(csv.rows, new Map<string, Location>(), ctx, 'id');
    const facilities = csv.rows.map(({ row }) => toMedicalFacility(row, ctx));
    const duty = await loadHolidayDuty(join(ctx.contentDir, 'disaster', 'holiday-duty.json'), facilities, csv.rows.length > 0, ctx);
    return {
      name: 'disaster-medical',
      ids: new Set(facilities.map((f) => f.id)),
      refs: [],
      counts: { medicalFacilities: facilities.length, ...(duty ? { holidayDuty: duty.items.length } : {}) },
      sample: duty?.sample ?? false,
      documents: () => [
        { path: packPaths.medical, value: facilities },
        ...(duty ? [{ path: packPaths.holidayDuty, value: duty.items satisfies HolidayDuty[] }] : []),
      ],
      searchDocs: () => [],
    };
  },
};

function toMedicalFacility(row: MedicalRow, ctx: SourceContext): MedicalFacility {
  const a = (value: string) => ctx.annotate(value, 'ja');
  return {
    id: row.id,
    name: a(row.name),
    ...(row.nameKana ? { nameKana: row.nameKana } : {}),
    address: a(row.address),
    lat: row.lat,
    lng: row.lng,
    departments: row.departments,
    phone: row.phone,
    hours: {
      days: row.days, open: row.open, close: row.close, holidays: row.holidays,
      yearEndClosure: yearEndClosure(row.hoursNote),
      note: a(row.hoursNote),
    },
    // 駐車場 is free text as in facilities.csv (「有」「無」「50台」); empty means unknown.
    accessibility: { wheelchair: row.wheelchair, accessibleToilet: row.accessibleToilet, parking: row.parking === '' ? null : row.parking },
    note: a(row.note),
  };
}

