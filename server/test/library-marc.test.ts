import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ISO2709, MARCXML } from '@natlibfi/marc-record-serializers';
import type { MarcField, WritableRecord } from '@natlibfi/marc-record-serializers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogueSize } from '../src/library/import-catalogue.js';
import { marcFormatOf, readMarcExport } from '../src/library/read-marc.js';
import { sampleCatalogue } from '../src/library/sample-catalogue.js';
import { toMarcExport, toMarcRecord } from '../src/library/to-marc.js';
import { runLibraryImport } from '../scripts/library-import.js';
import { searchCatalogue } from '../src/library/search-catalogue.js';
import { buildTestApp } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
/** What the fixtures hold: `library-import --write-sample server/test/fixtures/library-sample.{mrc,xml} 12`. */
const FIXTURE_RECORDS = sampleCatalogue(12).map((r) => ({ ...r, sample: false }));

const bytes = (text: string) => new TextEncoder().encode(text);

function record(fields: MarcField[]): WritableRecord {
  return { leader: '00000nam a2200000 i 4500', fields, getControlfields: () => fields.filter((f) => f.value !== undefined), getDatafields: () => fields.filter((f) => f.subfields !== undefined) };
}
const data = (tag: string, subfields: [string, string][], ind1 = ' ', ind2 = ' '): MarcField => ({ tag, ind1, ind2, subfields: subfields.map(([code, value]) => ({ code, value })) });

describe.shuffle('reading a MARC export', () => {
  it('reads the ISO 2709 and MARCXML sample files into the records they were written from', async () => {
    for (const name of ['library-sample.mrc', 'library-sample.xml']) {
      const format = marcFormatOf(name);
      expect(format).toBeDefined();
      const read = await readMarcExport(name, await readFile(join(FIXTURES, name)), format!);
      expect(read.ok ? read.records : read.errors).toEqual(FIXTURE_RECORDS);
    }
  });

  it('takes JAPAN/MARC readings from the 880 linked through $6, and a Latin title as its own reading', async () => {
    const japan = record([
      { tag: '001', value: 'jp1' },
      data('100', [['6', '880-01'], ['a', '草野, 心平,'], ['d', '1903-1988']], '1'),
      data('245', [['6', '880-02'], ['a', '蛙のうた :'], ['b', '詩集 /'], ['c', '草野心平 著']], '1', '0'),
      // The romanised reading some records add beside the kana one: not what a kiosk types.
      data('880', [['6', '245-02/(B'], ['a', 'Kaeru no uta :'], ['b', 'shishu']], '1', '0'),
      data('880', [['6', '245-02/$1'], ['a', 'カエル ノ ウタ :'], ['b', 'シシュウ']], '1', '0'),
      data('880', [['6', '100-01/$1'], ['a', 'クサノ, シンペイ']], '1'),
      data('700', [['a', '宮沢, 賢治']], '1'),
      data('260', [['a', 'いわき :'], ['b', 'いわき文庫,'], ['c', 'c2003.']]),
      data('020', [['a', '4-00-000001-3 (誤)']]),
      data('020', [['a', '4-00-000001-2 (pbk.)']]),
      data('084', [['a', '911.56'], ['2', 'njb/9']]),
      data('852', [['b', '小川図書館'], ['9', 'reference']]),
    ]);
    const latin = record([{ tag: '001', value: 'en1' }, { tag: '008', value: '260101s1997    enk           000 1 eng  ' }, data('245', [['a', 'Harry Potter and the Philosopher\'s Stone /'], ['c', 'J.K. Rowling.']], '1', '0'), data('084', [['a', '823'], ['2', 'ddc']]), data('852', [['b', 'sogo'], ['9', 'available']])]);
    const read = await readMarcExport('j.mrc', bytes(ISO2709.to(japan) + ISO2709.to(latin)), 'iso2709');
    expect(read.ok ? read.records : read.errors).toEqual([
      // The second author has no reading: kept without one.
      { id: 'jp1', title: '蛙のうた 詩集', titleReading: 'カエル ノ ウタ シシュウ', author: '草野, 心平, 宮沢, 賢治', authorReading: 'クサノ, シンペイ', publisher: 'いわき文庫', year: 2003, isbn13: '9784000000017', ndc: '911.56', holdings: [{ branch: 'ogawa', status: 'reference' }], sample: false },
      // No NDC: 084 $2 names another scheme. The year comes from 008.
      { id: 'en1', title: "Harry Potter and the Philosopher's Stone", titleReading: "Harry Potter and the Philosopher's Stone", author: '', authorReading: '', publisher: '', year: 1997, isbn13: null, ndc: null, holdings: [{ branch: 'sogo', status: 'available' }], sample: false },
    ]);
  });

  it('names the file, record and MARC field of every problem, and refuses the whole file', async () => {
    const good = toMarcRecord(FIXTURE_RECORDS[0]!);
    const noReading = record([{ tag: '001', value: 'b2' }, data('245', [['a', '読みのない本']]), data('852', [['b', 'sogo'], ['9', 'available']])]);
    const broken = record([{ tag: '001', value: 'b3' }, data('245', [['a', 'Title']]), data('020', [['a', '978-4-00-000001-8']]), data('852', [['b', 'mars'], ['9', 'available']])]);
    const noId = record([data('245', [['a', 'Title']]), data('852', [['b', 'sogo'], ['9', 'lost']])]);
    const text = [good, noReading, broken, good, noId].map((r) => ISO2709.to(r)).join('') + 'not a record at all\x1D';
    const read = await readMarcExport('export.mrc', bytes(text), 'iso2709');
    expect(read.ok ? read.records : read.errors).toEqual([
      'export.mrc:record 2 (001 b2): 880 (reading of 245): empty, but every record needs one',
      'export.mrc:record 3 (001 b3): 020: "978-4-00-000001-8" is not a valid ISBN-10 or ISBN-13 (check digit?)',
      expect.stringContaining('export.mrc:record 3 (001 b3): 852: unknown branch "mars"'),
      'export.mrc:record 4 (001 sample-000001): 001: "sample-000001" is already used by record 1',
      'export.mrc:record 5: 001: empty, but every record needs one',
      expect.stringContaining('export.mrc:record 5: 852: unknown status "lost" for sogo'),
      expect.stringMatching(/^export\.mrc:record 6: not a readable ISO 2709 record/),
    ]);
  });

  it('refuses a file that is not UTF-8, or holds no record', async () => {
    expect(await readMarcExport('x.mrc', new Uint8Array([0x30, 0xff, 0x1d]), 'iso2709')).toEqual({ ok: false, errors: [expect.stringMatching(/^x\.mrc: not UTF-8/)] });
    expect(await readMarcExport('x.xml', bytes('<collection/>'), 'marcxml')).toEqual({ ok: false, errors: ['x.xml:1: no MARCXML <record> elements in the file'] });
  });

  it('reads MARCXML with a namespace prefix', async () => {
    const xml = MARCXML.to(toMarcRecord(FIXTURE_RECORDS[2]!), { omitDeclaration: true }).replaceAll(/<(\/?)(record|leader|controlfield|datafield|subfield)/g, '<$1marc:$2').replace('xmlns=', 'xmlns:marc=');
    const read = await readMarcExport('p.xml', bytes(`<marc:collection xmlns:marc="http://www.loc.gov/MARC21/slim">${xml}</marc:collection>`), 'marcxml');
    expect(read.ok && read.records).toEqual([FIXTURE_RECORDS[2]]);
  });
});

describe.shuffle.each(testDatabases)('library-import CLI with MARC on $name', (database) => {
  let t: TestApp;
  let dir: string;
  beforeEach(async () => {
    t = await buildTestApp(database);
    dir = await mkdtemp(join(tmpdir(), 'library-marc-'));
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

  it('imports MARC by extension or --format, with progress; a broken file leaves the catalogue as it was', async () => {
    const first = await run([join(FIXTURES, 'library-sample.mrc')]);
    expect(first.err).toEqual([]);
    expect(first.out).toContain('imported 12 / 12 (100%)');
    expect((await searchCatalogue(t.app.db, t.app.dbDialect, { q: 'ぎんがてつどう' })).records.map((r) => r.title)).toEqual(['銀河鉄道の夜']);

    // A MARCXML export saved under a name without a telling extension.
    const odd = join(dir, 'export.txt');
    await writeFile(odd, toMarcExport(sampleCatalogue(30), 'marcxml'));
    expect((await run(['--format', 'marcxml', odd])).code).toBe(0);
    expect(await catalogueSize(t.app.db)).toBe(30);

    const bad = join(dir, 'bad.mrc');
    await writeFile(bad, toMarcExport(sampleCatalogue(5), 'iso2709') + ISO2709.to(record([{ tag: '001', value: 'x' }, data('852', [['b', 'sogo'], ['9', 'available']])])));
    const second = await run([bad]);
    expect(second.code).toBe(1);
    expect(second.err).toEqual(['bad.mrc:record 6 (001 x): 245: empty, but every record needs one', 'bad.mrc:record 6 (001 x): 880 (reading of 245): empty, but every record needs one', 'nothing was imported']);
    expect(await catalogueSize(t.app.db)).toBe(30);
  });
});
