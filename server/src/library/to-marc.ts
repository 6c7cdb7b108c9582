import { ISO2709, MARCXML } from '@natlibfi/marc-record-serializers';
import type { MarcField, WritableRecord } from '@natlibfi/marc-record-serializers';
import type { CatalogueRecord } from './catalogue-record.js';
import type { MarcFormat } from './read-marc.js';

/**
 * Records as a JAPAN/MARC-style MARC21 export (the fields marc-fields.ts reads, readings in
 * 880s linked through $6), for the sample file, tests and the benchmark. A record whose
 * reading is its title (a Latin title) gets no 880, like a plain MARC21 record.
 */
export function toMarcRecord(record: CatalogueRecord): WritableRecord {
  const fields: MarcField[] = [
    { tag: '001', value: record.id },
    { tag: '008', value: `260101s${record.year ?? '    '}    ja            000 0 jpn  ` },
  ];
  const readings: MarcField[] = [];
  const linked = (tag: string, [ind1, ind2]: [string, string], subfields: [string, string][], reading: string) => {
    const own = subfields.map(([code, value]) => ({ code, value }));
    if (reading === '' || reading === subfields[0]?.[1]) return fields.push({ tag, ind1, ind2, subfields: own });
    const occurrence = String(readings.length + 1).padStart(2, '0');
    readings.push({ tag: '880', ind1, ind2, subfields: [{ code: '6', value: `${tag}-${occurrence}/$1` }, { code: 'a', value: reading }] });
    return fields.push({ tag, ind1, ind2, subfields: [{ code: '6', value: `880-${occurrence}` }, ...own] });
  };
  if (record.isbn13) fields.push({ tag: '020', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: record.isbn13 }] });
  if (record.ndc) fields.push({ tag: '084', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: record.ndc }, { code: '2', value: 'njb/10' }] });
  if (record.author) linked('100', ['1', ' '], [['a', record.author]], record.authorReading);
  linked('245', ['0', '0'], [['a', record.title]], record.titleReading);
  if (record.publisher || record.year) {
    fields.push({ tag: '264', ind1: ' ', ind2: '1', subfields: [{ code: 'a', value: 'いわき :' }, { code: 'b', value: `${record.publisher},` }, { code: 'c', value: `${record.year ?? ''}.` }] });
  }
  for (const h of record.holdings) fields.push({ tag: '852', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: 'いわき市立図書館' }, { code: 'b', value: h.branch }, { code: '9', value: h.status }] });
  fields.push(...readings);
  return {
    // leader/09 = a: UTF-8.
    leader: '00000nam a2200000 i 4500',
    fields,
    getControlfields: () => fields.filter((f) => f.value !== undefined),
    getDatafields: () => fields.filter((f) => f.subfields !== undefined),
  };
}

export function toMarcExport(records: readonly CatalogueRecord[], format: MarcFormat): string {
  if (format === 'iso2709') return records.map((r) => ISO2709.to(toMarcRecord(r))).join('');
  const body = records.map((r) => MARCXML.to(toMarcRecord(r), { omitDeclaration: true }).replace(' xmlns="http://www.loc.gov/MARC21/slim"', '')).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="http://www.loc.gov/MARC21/slim">\n${body}\n</collection>\n`;
}
