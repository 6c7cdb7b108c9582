import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readCsv, type CsvRecord, type CsvTable } from '../../../src/lib/csv/index.ts';
import { facilityColumns, facilityRowSchema, type FacilityRow } from '../../../src/lib/content/schema/facility.ts';
import { packPaths, type Facility, type SearchDoc } from '../../../src/lib/content/pack-types.ts';
import { validate } from '../json-source.ts';
import { katakanaToHiragana, rtextPlain, snippet, titleRubyField } from '../search/plain-text.ts';
import { checkUniqueIds } from './unique.ts';
import type { Location } from '../report.ts';
import type { ContentSource, SourceContext } from './types.ts';

type Columns = typeof facilityColumns;

/** content/facilities/facilities.csv (UTF-8 or Shift_JIS) → facilities.json and search docs. */
export const facilitiesSource: ContentSource = {
  name: 'facilities',
  async load(ctx) {
    const path = join(ctx.contentDir, 'facilities', 'facilities.csv');
    const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    });
    if (!bytes) return undefined;
    const file = ctx.display(path);
    const table = readCsv(new Uint8Array(bytes), facilityColumns);
    if (!table.ok) {
      for (const e of table.error) {
        ctx.errors.add({ file, line: e.line, col: e.col ?? 1, where: e.column ? `column "${e.column}"` : undefined }, e.message);
      }
      return undefined;
    }
    const rows = readRows(table.value, file, ctx);
    const facilities = rows.map(({ row }) => toFacility(row, ctx));
    return {
      name: 'facilities',
      // Every ID in the file, valid row or not: a bad cell should not also break every reference to its row.
      ids: new Set(table.value.records.map((r) => r.values.id.trim())),
      refs: [],
      counts: { facilities: facilities.length },
      // The CSV format has no place for a sample flag; the other sources carry it.
      sample: false,
      documents: () => [{ path: packPaths.facilities, value: facilities }],
      searchDocs: () => facilities.map(facilitySearchDoc),
    };
  },
};

function readRows(table: CsvTable<Columns>, file: string, ctx: SourceContext) {
  const at = (record: CsvRecord<Columns>, key: string): Location => ({
    file,
    ...record.position(key as keyof Columns),
    where: `column "${table.header[key as keyof Columns] ?? key}"`,
  });
  const rows: { row: FacilityRow; record: CsvRecord<Columns> }[] = [];
  for (const record of table.records) {
    const source = { value: record.values, at: (path: (string | number)[]) => at(record, String(path[0] ?? 'id')) };
    const row = validate(facilityRowSchema, source, ctx.errors);
    if (row) rows.push({ row, record });
  }
  const idAt = rows.map((r) => at(r.record, 'id'));
  checkUniqueIds(rows.map((r) => r.row.id), (i) => idAt[i] ?? { file, line: 1, col: 1 }, ctx.errors);
  return rows;
}

function toFacility(row: FacilityRow, ctx: SourceContext): Facility {
  const a = (value: string) => ctx.annotate(value, 'ja');
  return {
    id: row.id,
    kind: row.kind,
    name: a(row.name),
    nameKana: row.nameKana,
    nameEn: row.nameEn,
    address: a(row.address),
    lat: row.lat,
    lng: row.lng,
    phone: row.phone,
    hours: {
      days: row.days, open: row.open, close: row.close, holidays: row.holidays,
      // 「年末年始（12月29日〜1月3日）休み」 in the notes becomes a rule the app can compute "closed now" from.
      yearEndClosure: /年末年始/.test(row.hoursNote) && /休/.test(row.hoursNote),
      note: a(row.hoursNote),
    },
    accessibility: {
      wheelchair: row.wheelchair,
      accessibleToilet: row.accessibleToilet,
      parking: row.parking === '' ? null : row.parking,
    },
    url: row.url,
    note: a(row.note),
  };
}

function facilitySearchDoc(facility: Facility): SearchDoc {
  const address = rtextPlain(facility.address);
  return {
    id: `facilities:${facility.id}:ja`,
    kind: 'facilities',
    docId: facility.id,
    lang: 'ja',
    category: facility.kind,
    title: rtextPlain(facility.name),
    snippet: snippet(`${facility.kind}・${address}`),
    body: [address, facility.kind, facility.nameEn].join('\n'),
    ...(facility.nameKana ? { reading: katakanaToHiragana(facility.nameKana) } : {}),
    ...titleRubyField(facility.name),
  };
}
