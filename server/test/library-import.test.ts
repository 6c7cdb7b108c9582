import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogueSize, replaceCatalogue } from '../src/library/import-catalogue.js';
import { readCatalogueExport } from '../src/library/read-export.js';
import { toExportText } from '../src/library/export-text.js';
import { sampleCatalogue } from '../src/library/sample-catalogue.js';
import { runLibraryImport } from '../scripts/library-import.js';
import { buildTestApp } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';

const HEADER = 'record_id\ttitle\ttitle_reading\tauthor\tauthor_reading\tpublisher\tyear\tisbn\tndc\tholdings';
const bytes = (text: string) => new TextEncoder().encode(text);

describe.shuffle('reading a catalogue export', () => {
  it('reads TSV and CSV with quoted fields', () => {
    const tsv = readCatalogueExport('a.tsv', bytes(`${HEADER}\nb1\t銀河鉄道の夜\tギンガ テツドウ ノ ヨル\t宮沢 賢治\tミヤザワ ケンジ\t磐城書房\t1989\t4-00-000001-2\t913.6\tsogo:available;nakoso:on_loan\n`));
    expect(tsv.ok && tsv.records[0]).toMatchObject({ id: 'b1', isbn13: '9784000000017', holdings: [{ branch: 'sogo', status: 'available' }, { branch: 'nakoso', status: 'on_loan' }] });
    const csv = readCatalogueExport('a.csv', bytes(`${HEADER.replaceAll('\t', ',')}\nb2,"Tales, ""old"" and new",テイルズ,,,,,,,sogo:reference\n`));
    expect(csv.ok && csv.records[0]?.title).toBe('Tales, "old" and new');
  });

  it('reads a Shift_JIS export', () => {
    // 「星」 in Shift_JIS is 0x90 0xAF; the rest is ASCII.
    const head = bytes(`${HEADER}\nb1\t`);
    const tail = bytes('\tx\t\t\t\t\t\t\tsogo:available\n');
    const file = new Uint8Array([...head, 0x90, 0xaf, ...tail]);
    const read = readCatalogueExport('sjis.tsv', file);
    expect(read.ok && read.records[0]?.title).toBe('星');
  });

  it('names the file, line and column of every problem, and refuses the whole file', () => {
    const text = [
      HEADER,
      'b1\tよい本\tヨイ ホン\t\t\t\t\t\t\tsogo:available',
      'b2\t\tワルイ\t\t\t\t1989x\t978-4-00-000001-8\t\tmars:available',
      '',
      'b1\t重複\tチョウフク\t\t\t\t\t\t\tsogo:on_loan',
    ].join('\n');
    const read = readCatalogueExport('export.tsv', bytes(text));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors).toEqual([
      'export.tsv:3: title: empty, but every record needs one',
      'export.tsv:3: year: "1989x" is not a year',
      'export.tsv:3: isbn: "978-4-00-000001-8" is not a valid ISBN-10 or ISBN-13 (check digit?)',
      expect.stringContaining('export.tsv:3: holdings: unknown branch "mars"'),
      'export.tsv:5: record_id: "b1" is already used on line 2',
    ]);
  });

  it('says which columns the header lacks', () => {
    const read = readCatalogueExport('x.csv', bytes('title,author\nA,B\n'));
    expect(!read.ok && read.errors[0]).toMatch(/^x\.csv:1: header: missing columns record_id, title_reading, holdings/);
  });

  it('points at an unclosed quote', () => {
    const read = readCatalogueExport('q.csv', bytes(`${HEADER.replaceAll('\t', ',')}\nb1,"never closed,x\n`));
    expect(!read.ok && read.errors[0]).toBe('q.csv:2: a quoted field is never closed (a missing ")');
  });
});

describe.shuffle.each(testDatabases)('library-import CLI on $name', (database) => {
  let t: TestApp;
  let dir: string;
  beforeEach(async () => {
    t = await buildTestApp(database);
    dir = await mkdtemp(join(tmpdir(), 'library-import-'));
  });
  afterEach(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  const run = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const env = { DATA_DIR: t.scratch.dataDir, ...(t.scratch.databaseUrl ? { DATABASE_URL: t.scratch.databaseUrl } : {}) };
    const code = await runLibraryImport(argv, { env, out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out, err };
  };

  it('two servers starting side by side seed an empty catalogue once: the second finds it seeded, without an error', async () => {
    // A second app on the same database stands for a second server process (its own pool).
    const other = await buildTestApp(database, { scratch: t.scratch });
    try {
      const records = sampleCatalogue(300);
      const seeded = await Promise.all([t.app, other.app].map((app) => replaceCatalogue(app.db, app.dbDialect, records, { onlyIfEmpty: true })));
      expect(seeded.filter(Boolean)).toHaveLength(1);
      expect(await catalogueSize(t.app.db)).toBe(300);
    } finally {
      await other.close();
    }
  });

  it('imports a file with progress, and a broken file leaves the catalogue as it was', async () => {
    const good = join(dir, 'good.tsv');
    await writeFile(good, toExportText(sampleCatalogue(1200)));
    const first = await run([good]);
    expect(first.code).toBe(0);
    expect(first.out.some((l) => /imported 1200 \/ 1200 \(100%\)/.test(l))).toBe(true);
    expect(await catalogueSize(t.app.db)).toBe(1200);

    const bad = join(dir, 'bad.tsv');
    await writeFile(bad, `${toExportText(sampleCatalogue(50))}sample-999999\t\t\t\t\t\t\t\t\tsogo:available\n`);
    const second = await run([bad]);
    expect(second.code).toBe(1);
    expect(second.err).toEqual(['bad.tsv:52: title: empty, but every record needs one', 'bad.tsv:52: title_reading: empty, but every record needs one', 'nothing was imported']);
    expect(await catalogueSize(t.app.db)).toBe(1200);
  });
});
