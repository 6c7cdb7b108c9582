// @vitest-environment node
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/lib/csv/index.ts';
import { encodeShiftJis } from '../../../src/lib/csv/fixtures/shift-jis-encode.ts';
import type { Facility } from '../../../src/lib/content/pack-types.ts';
import { ErrorSink } from '../report.ts';
import { fixtureFiles, writeFixtureContent } from '../test-support/fixture-content.ts';
import { facilitiesSource } from './facilities.ts';

async function loadFacilities(contentDir: string) {
  const errors = new ErrorSink();
  const loaded = await facilitiesSource.load({ contentDir, display: (p) => p, errors, annotate: (t) => t });
  return { errors: errors.errors, facilities: loaded?.documents()[0]?.value as Facility[] | undefined };
}

describe('facilities from an open-data CSV', () => {
  it('reads a Shift_JIS file like a UTF-8 one, quoted newline included', async () => {
    const { contentDir } = await writeFixtureContent();
    const csv = join(contentDir, 'facilities/facilities.csv');
    const utf8 = await loadFacilities(contentDir);
    await writeFile(csv, encodeShiftJis(fixtureFiles['facilities/facilities.csv']!.replace(/^\uFEFF/, '')));
    const sjis = await loadFacilities(contentDir);
    expect(sjis).toEqual(utf8);
    expect(sjis.facilities?.[0]).toMatchObject({
      id: 'iwaki-city-hall',
      note: '本庁舎。\n1階が市民課です',
      hours: { days: [1, 2, 3, 4, 5], open: '08:30', close: '17:15', holidays: false, note: '' },
      accessibility: { wheelchair: true, accessibleToilet: true, parking: '350台' },
    });
    expect(sjis.facilities?.[1]).toMatchObject({
      hours: { days: [0, 2, 3, 4, 5, 6], holidays: true },
      accessibility: { accessibleToilet: false, parking: null },
      url: '',
    });
  });

  it('refuses duplicate IDs at the second one', async () => {
    const lines = fixtureFiles['facilities/facilities.csv']!.split('\r\n');
    const duplicated = [...lines.slice(0, 4), lines[3]!.replace('小名浜図書館', '小名浜図書館分室'), ''].join('\r\n');
    const { contentDir } = await writeFixtureContent({ ...fixtureFiles, 'facilities/facilities.csv': duplicated });
    const { errors } = await loadFacilities(contentDir);
    expect(errors.map((e) => [e.line, e.where, e.message])).toEqual([
      [5, 'column "ID"', 'duplicate id "onahama-library" (first used by item 2, line 4)'],
    ]);
  });

  it('reads the committed Shift_JIS evacuation-site fixture (GSI columns, quoted newline)', async () => {
    const path = fileURLToPath(new URL('../../../src/lib/csv/fixtures/evacuation-sites-sjis.csv', import.meta.url));
    const table = readCsv(new Uint8Array(await readFile(path)), {
      id: ['共通ID'],
      name: ['施設・場所名', '名称'],
      landslide: ['崖崩れ、土石流及び地滑り', '災害種別_崖崩れ、土石流及び地滑り'],
      note: ['備考'],
    });
    if (!table.ok) throw new Error(JSON.stringify(table.error));
    expect(table.value.encoding).toBe('shift_jis');
    expect(table.value.records.map((r) => [r.line, r.values.name, r.values.landslide])).toEqual([
      [2, 'いわき市立平第一小学校', '1'],
      [3, 'アクアマリンパーク', ''],
      [5, 'いわき市文化センター（平,堂根町）', '1'],
    ]);
    expect(table.value.records[1]?.values.note).toBe('サンプル（架空の指定）。\n津波のときは高台へ避難してください');
  });
});
