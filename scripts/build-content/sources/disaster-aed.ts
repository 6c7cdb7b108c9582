import { join } from 'node:path';
import { aedColumns, aedRowSchema, type AedRow } from '../../../src/lib/content/schema/disaster-aed.ts';
import { yearEndClosure } from '../../../src/lib/content/schema/disaster-hours.ts';
import { packPaths, type Aed } from '../../../src/lib/content/pack-types.ts';
import type { Location } from '../report.ts';
import { checkDuplicateIds, readCsvRows } from './disaster-csv.ts';
import type { ContentSource, SourceContext } from './types.ts';

/** content/disaster/aed.csv (AED設置箇所一覧) → disaster/aed.json. */
export const disasterAedSource: ContentSource = {
  name: 'disaster-aed',
  async load(ctx) {
    const csv = await readCsvRows(join(ctx.contentDir, 'disaster', 'aed.csv'), aedColumns, aedRowSchema, ctx);
    if (!csv) return undefined;
    checkDuplicateIds(csv.rows, new Map<string, Location>(), ctx, 'id');
    const aeds = csv.rows.map(({ row }) => toAed(row, ctx));
    return {
      name: 'disaster-aed',
      ids: new Set(aeds.map((a) => a.id)),
      refs: [],
      counts: { aeds: aeds.length },
      sample: false,
      documents: () => [{ path: packPaths.aed, value: aeds }],
      searchDocs: () => [],
    };
  },
};

function toAed(row: AedRow, ctx: SourceContext): Aed {
  const a = (value: string) => ctx.annotate(value, 'ja');
  return {
    id: row.id,
    name: a(row.name),
    address: a(row.address),
    lat: row.lat,
    lng: row.lng,
    placement: a(row.placement),
    hours: {
      days: row.days, open: row.open, close: row.close, holidays: row.holidays,
      yearEndClosure: yearEndClosure(row.hoursNote),
      note: a(row.hoursNote),
    },
    phone: row.phone,
    note: a(row.note),
  };
}
