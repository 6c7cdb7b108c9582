import { CATALOGUE_COLUMNS } from './catalogue-record.js';
import type { CatalogueRecord } from './catalogue-record.js';

/** Records as a TSV export in the import's own format (the sample file, tests, the benchmark). */
export function toExportText(records: readonly CatalogueRecord[]): string {
  const lines = [CATALOGUE_COLUMNS.join('\t')];
  for (const r of records) {
    const holdings = r.holdings.map((h) => `${h.branch}:${h.status}`).join(';');
    lines.push([r.id, r.title, r.titleReading, r.author, r.authorReading, r.publisher, r.year ?? '', r.isbn13 ?? '', r.ndc ?? '', holdings].map(cell).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

function cell(value: string | number): string {
  const text = String(value);
  return /["\t\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
