/**
 * Loads the library catalogue into the server's database, replacing what is there.
 *
 *   tsx server/scripts/library-import.ts <export.tsv|.csv|.mrc|.xml>   the library system's export
 *   tsx server/scripts/library-import.ts --format <tsv|csv|marc|marcxml> <file>   any file name
 *   tsx server/scripts/library-import.ts --sample [count]          the generated sample (default 20,000)
 *   tsx server/scripts/library-import.ts --write-sample <file> [count]   the sample as an export
 *                                             (TSV, or MARC for .mrc / MARCXML for .xml)
 *
 * The format follows the file's extension (.mrc .marc .iso .dat: MARC21 ISO 2709; .xml
 * .marcxml: MARCXML; else TSV/CSV) unless --format says otherwise.
 * All or nothing: every row is checked first (errors as file:line), then one transaction
 * replaces the catalogue. The database is the server's: DATABASE_URL, else DATA_DIR.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/open.js';
import { toExportText } from '../src/library/export-text.js';
import { replaceCatalogue } from '../src/library/import-catalogue.js';
import { readCatalogueExport } from '../src/library/read-export.js';
import { marcFormatOf, readMarcExport } from '../src/library/read-marc.js';
import type { MarcFormat } from '../src/library/read-marc.js';
import { toMarcExport } from '../src/library/to-marc.js';
import { SAMPLE_SIZE, sampleCatalogue } from '../src/library/sample-catalogue.js';
import type { CatalogueRecord } from '../src/library/catalogue-record.js';
import { defaultIo, isMain, runAsMain } from './lib/cli.js';
import type { CliIo } from './lib/cli.js';

type ExportFormat = 'delimited' | MarcFormat;

const USAGE = `usage: library-import <export.tsv|export.csv|export.mrc|export.xml>
       library-import --format <tsv|csv|marc|marcxml> <file>
       library-import --sample [count]
       library-import --write-sample <file.tsv|file.mrc|file.xml> [count]`;

const FORMATS: Record<string, ExportFormat> = { tsv: 'delimited', csv: 'delimited', marc: 'iso2709', mrc: 'iso2709', iso2709: 'iso2709', marcxml: 'marcxml', xml: 'marcxml' };

export async function runLibraryImport(argv: readonly string[], overrides: Partial<CliIo> = {}): Promise<number> {
  const io = defaultIo(overrides);
  let args = [...argv];
  let format: ExportFormat | undefined;
  if (args[0] === '--format') {
    format = FORMATS[(args[1] ?? '').toLowerCase()];
    if (!format) {
      io.err(`unknown format "${args[1] ?? ''}" (tsv, csv, marc, marcxml)`);
      return 2;
    }
    args = args.slice(2);
  }
  const [first, second, third] = args;
  if (!first) {
    io.err(USAGE);
    return 2;
  }
  if (first === '--write-sample') {
    if (!second) {
      io.err(USAGE);
      return 2;
    }
    const records = sampleCatalogue(sampleCount(third));
    const marc = format ?? marcFormatOf(second) ?? 'delimited';
    await writeFile(second, marc === 'delimited' ? toExportText(records) : toMarcExport(records, marc));
    io.out(`wrote ${records.length} sample records to ${second}`);
    return 0;
  }
  let records: CatalogueRecord[];
  if (first === '--sample') {
    records = sampleCatalogue(sampleCount(second));
  } else {
    const started = Date.now();
    const name = basename(first);
    const marc = format ?? marcFormatOf(name) ?? 'delimited';
    const bytes = await readFile(first);
    const read = marc === 'delimited' ? readCatalogueExport(name, bytes) : await readMarcExport(name, bytes, marc);
    if (!read.ok) {
      for (const line of read.errors) io.err(line);
      io.err('nothing was imported');
      return 1;
    }
    records = read.records;
    io.out(`checked ${records.length} records in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const config = loadConfig(io.env);
  const opened = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    const started = Date.now();
    await replaceCatalogue(opened.db, opened.dialect, records, {
      onProgress: ({ written, total }) => io.out(`imported ${written} / ${total} (${Math.round((100 * written) / Math.max(total, 1))}%)`),
    });
    io.out(`catalogue replaced: ${records.length} records in ${((Date.now() - started) / 1000).toFixed(1)} s, ${opened.dialect === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : config.dataDir}`);
    return 0;
  } finally {
    await opened.close();
  }
}

function sampleCount(text: string | undefined): number {
  const count = text === undefined ? SAMPLE_SIZE : Number(text);
  if (!Number.isInteger(count) || count < 1 || count > 10_000_000) throw new Error(`not a record count: ${text}`);
  return count;
}

if (isMain(import.meta.url)) runAsMain(() => runLibraryImport(process.argv.slice(2)));
