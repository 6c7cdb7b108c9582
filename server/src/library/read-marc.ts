import { ISO2709, MARCXML } from '@natlibfi/marc-record-serializers';
import type { MarcRecordLike } from '@natlibfi/marc-record-serializers';
import { toCatalogueRecord } from './catalogue-record.js';
import type { CatalogueColumn, CatalogueRecord } from './catalogue-record.js';
import { marcColumns } from './marc-fields.js';
import type { ExportResult } from './read-export.js';

export type MarcFormat = 'iso2709' | 'marcxml';

/** Errors beyond this many are counted, not listed (as for TSV). */
const MAX_LISTED_ERRORS = 50;

/** `.mrc`/`.marc`/`.iso`/`.dat` are ISO 2709; `.xml`/`.marcxml` MARCXML; anything else is not MARC. */
export function marcFormatOf(fileName: string): MarcFormat | undefined {
  if (/\.(mrc|marc|iso|dat)$/i.test(fileName)) return 'iso2709';
  if (/\.(xml|marcxml)$/i.test(fileName)) return 'marcxml';
  return undefined;
}

/**
 * Reads a whole MARC21 / JAPAN/MARC (MARC21 format) export and checks every record with the
 * same rules as a TSV row (marc-fields.ts maps the fields). Errors read
 * `file:record N (001 id): problem`; any error refuses the file, as for TSV.
 * Records must be UTF-8 (JAPAN/MARC's MARC21 format is; leader/09 = a).
 */
export async function readMarcExport(fileName: string, bytes: Uint8Array, format: MarcFormat): Promise<ExportResult> {
  const errors: string[] = [];
  let errorCount = 0;
  const fail = (where: string, message: string) => {
    errorCount++;
    if (errors.length < MAX_LISTED_ERRORS) errors.push(`${fileName}:${where}: ${message}`);
  };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, errors: [`${fileName}: not UTF-8: MARC-8 or another encoding is not read; export the records as UTF-8 MARC21`] };
  }
  const raws = format === 'iso2709' ? splitIso2709(text) : splitMarcXml(text);
  if (raws.length === 0) fail('1', `no ${format === 'iso2709' ? 'ISO 2709 records (none ends with the record terminator 0x1D)' : 'MARCXML <record> elements'} in the file`);
  const records: CatalogueRecord[] = [];
  const firstRecordOf = new Map<string, number>();
  for (const [index, raw] of raws.entries()) {
    const number = index + 1;
    let parsed: MarcRecordLike;
    try {
      // Lenient parsing: a field without subfields is our check's to report, not a crash.
      parsed = format === 'iso2709' ? ISO2709.from(raw, { fields: false, subfields: false, subfieldValues: false }) : await MARCXML.from(raw, { fields: false, subfields: false, subfieldValues: false });
    } catch (error) {
      fail(`record ${number}`, `not a readable ${format === 'iso2709' ? 'ISO 2709' : 'MARCXML'} record (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const values = marcColumns(parsed);
    const where = `record ${number}${values.record_id ? ` (001 ${values.record_id})` : ''}`;
    const checked = toCatalogueRecord(values);
    if (!checked.ok) {
      for (const message of checked.errors) fail(where, inMarcTerms(message));
      continue;
    }
    const earlier = firstRecordOf.get(checked.record.id);
    if (earlier !== undefined) fail(where, `001: "${checked.record.id}" is already used by record ${earlier}`);
    else firstRecordOf.set(checked.record.id, number);
    records.push(checked.record);
  }
  if (errorCount > errors.length) errors.push(`${fileName}: … and ${errorCount - errors.length} more errors`);
  return errorCount > 0 ? { ok: false, errors } : { ok: true, records };
}

/** Where each column comes from (marc-fields.ts), so an error names the field to fix. */
const SOURCE: Record<CatalogueColumn, string> = {
  record_id: '001',
  title: '245',
  title_reading: '880 (reading of 245)',
  author: '100/700',
  author_reading: '880 (reading of 100/700)',
  publisher: '264/260 $b',
  year: '264/260 $c',
  isbn: '020',
  ndc: '084',
  holdings: '852',
};

function inMarcTerms(message: string): string {
  const column = message.slice(0, message.indexOf(':')) as CatalogueColumn;
  return column in SOURCE ? `${SOURCE[column]}${message.slice(column.length)}` : message;
}

/** Records end with 0x1D; whitespace between them (a newline some exports add) is not a record. */
function splitIso2709(text: string): string[] {
  return text
    .split('\x1D')
    .map((r) => r.replace(/^[\r\n]+/, ''))
    .filter((r) => r.trim() !== '');
}

function splitMarcXml(text: string): string[] {
  return [...text.matchAll(/<(?:[\w-]+:)?record[\s>][\s\S]*?<\/(?:[\w-]+:)?record>/g)].map((m) => m[0]);
}
