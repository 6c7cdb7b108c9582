// @vitest-environment node
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { encodeShiftJis } from '../../../src/lib/csv/fixtures/shift-jis-encode.ts';
import { buildFixture } from '../test-support/build-fixture.ts';
import { csvText, gsiSheltersHeader, gsiSitesHeader, testContext, writeContent } from './disaster-fixtures.ts';
import { loadEvacuationSites } from './disaster-sites.ts';

async function load(files: Record<string, string | Uint8Array>) {
  const { contentDir } = await writeContent(files);
  const { ctx, messages } = testContext(contentDir);
  const loaded = await loadEvacuationSites(ctx);
  return { sites: loaded?.sites ?? [], messages: messages() };
}

const committedSjis = fileURLToPath(new URL('../../../src/lib/csv/fixtures/evacuation-sites-sjis.csv', import.meta.url));

describe('evacuation sites from GSI and standard open data', () => {
  it('imports the committed Shift_JIS GSI file, quoted newline and quoted comma included', async () => {
    const { sites, messages } = await load({ 'disaster/evacuation-sites.csv': await readFile(committedSjis) });
    expect(messages).toEqual([]);
    expect(sites.map((s) => [s.id, s.name, s.hazards, s.shelter])).toEqual([
      ['07204400001', 'いわき市立平第一小学校', ['flood', 'landslide', 'earthquake', 'large-fire', 'inland-flooding'], true],
      ['07204400002', 'アクアマリンパーク', ['earthquake', 'large-fire'], false],
      ['07204400003', 'いわき市文化センター（平,堂根町）', ['flood', 'landslide', 'storm-surge', 'earthquake', 'tsunami', 'large-fire', 'inland-flooding'], true],
    ]);
    expect(sites[1]).toMatchObject({ lat: 36.9437, lng: 140.9021, capacity: null, note: 'サンプル（架空の指定）。\n津波のときは高台へ避難してください' });
  });

  it('refuses a Shift_JIS file with a bad hazard value and a bad coordinate at file:line:column, importing nothing from it', async () => {
    const broken = encodeShiftJis(csvText(
      gsiSitesHeader,
      '1,07204400901,平第一小学校,福島県いわき市平字研町12,,1,1,1,1,1,,,,37.056089,140.892035,"一行目,\n二行目"',
      '2,07204400902,小名浜公民館,福島県いわき市小名浜字本町45,,1,,1,2,1,,,,36.947027,140.905021,',
      '3,07204400903,三崎公園,福島県いわき市小名浜下神白字三崎,,,,1,1,1,,,,140.917015,36.933031,',
    ));
    const { sites, messages } = await load({ 'disaster/evacuation-sites.csv': broken });
    const file = 'content/disaster/evacuation-sites.csv';
    expect(messages).toEqual([
      // Line 4, not 3: the quoted newline in record 1 moved everything after it down a line.
      // Column 44: "2,07204400902,小名浜公民館," is 21 characters, the address 15 more plus its comma,
      // then 洪水 "", 崖崩れ "1", 高潮 "", 地震 "1" with their commas (",1,,1,"): 21 + 16 + 6 = 43 before it.
      `${file}:4:44 column "津波": expected 1 or ○ (designated for this hazard) or an empty cell (not designated) got "2"`,
      `${file}:5:49 column "緯度": expected a latitude in Iwaki City (36.7–37.4 N): latitude and longitude look swapped got "140.917015"`,
      `${file}:5:60 column "経度": expected a longitude in Iwaki City (140.4–141.2 E): latitude and longitude look swapped got "36.933031"`,
    ]);
    // Not even the valid first row.
    expect(sites).toEqual([]);
  });

  it('writes no pack when a disaster file is broken', async () => {
    const dirs = await writeContent({ 'disaster/evacuation-sites.csv': csvText(gsiSitesHeader, '1,07204400001,平第一小学校,住所,,1,1,1,x,1,,,,37.0561,140.8920,') });
    const { result, messages } = await buildFixture(dirs);
    expect(result.ok).toBe(false);
    expect(messages).toEqual([expect.stringMatching(/^content\/disaster\/evacuation-sites\.csv:2:\d+ column "津波": expected 1 or ○/)]);
    expect(existsSync(dirs.outDir)).toBe(false);
  });

  it('maps header variants of both families onto the same fields', async () => {
    const standard = [
      '\uFEFF全国地方公共団体コード,ID,名称,名称_カナ,名称_英字,所在地_連結表記,緯度（世界測地系）,経度（世界測地系）',
      '災害種別_洪水,災害種別_崖崩れ・土石流及び地滑り,災害種別_高潮,災害種別_地震,災害種別_津波,災害種別_大規模な火事,災害種別_内水氾濫,災害種別_火山現象',
      '指定避難所との住所同一,想定収容人数,備考',
    ].join(',');
    const reorderedGsi = '経度,緯度,共通ID,施設，場所名,住所,津波,地震,洪水,崖崩れ・土石流及び地滑り,高潮,大規模な火事,内水氾濫,火山現象';
    const { sites, messages } = await load({
      'disaster/evacuation-sites-standard.csv': `${standard}\n072044,07204400501,松ケ岡公園,マツガオカコウエン,Matsugaoka Park,福島県いわき市平字旧城跡,37.052068,140.880006,◯,○,1,1,1,1,1,,1,"1,200",高台\n`,
      'disaster/evacuation-sites.csv': encodeShiftJis(csvText(reorderedGsi, '140.9,36.95,07204400001,小名浜第一中学校,住所,1,1,,,,,,')),
    });
    expect(messages).toEqual([]);
    expect(sites).toEqual([
      { id: '07204400001', name: '小名浜第一中学校', address: '住所', lat: 36.95, lng: 140.9, hazards: ['earthquake', 'tsunami'], shelter: false, capacity: null, note: '' },
      {
        // 名称_英字 is kept: the official Latin name a non-Japanese reader sees (ui/place-name.tsx).
        id: '07204400501', name: '松ケ岡公園', nameKana: 'マツガオカコウエン', nameEn: 'Matsugaoka Park', address: '福島県いわき市平字旧城跡', lat: 37.052068, lng: 140.880006,
        hazards: ['flood', 'landslide', 'storm-surge', 'earthquake', 'tsunami', 'large-fire', 'inland-flooding'], shelter: true, capacity: 1200, note: '高台',
      },
    ]);
  });

  it('merges 指定避難所 into the site with the same 共通ID, and keeps shelter-only places out of every hazard', async () => {
    const { sites, messages } = await load({
      'disaster/evacuation-sites.csv': csvText(
        gsiSitesHeader,
        '1,07204400019,小名浜第一小学校,住所A,,1,,1,,1,,,1,36.950034,140.899000,津波の際は使用できません。',
        '2,07204400027,三崎公園,住所B,,,,1,1,1,,,,36.933031,140.917015,',
      ),
      'disaster/shelters.csv': csvText(
        gsiSheltersHeader,
        '1,07204400019,小名浜第一小学校,住所A,1,420,小名浜行政区,36.950034,140.899000,津波・高潮の際は開設しません。',
        '2,07204400302,勿来市民会館,住所C,,400,錦町大島行政区,36.902063,140.793009,',
      ),
    });
    expect(messages).toEqual([]);
    expect(sites.map((s) => [s.id, s.hazards, s.shelter, s.capacity, s.note])).toEqual([
      ['07204400019', ['landslide', 'earthquake', 'large-fire'], true, 420, '津波の際は使用できません。\n津波・高潮の際は開設しません。'],
      ['07204400027', ['earthquake', 'tsunami', 'large-fire'], false, null, ''],
      ['07204400302', [], true, 400, ''],
    ]);
  });

  it('refuses an ID used twice across site files, at the second use', async () => {
    const { messages } = await load({
      'disaster/evacuation-sites.csv': csvText(gsiSitesHeader, '1,07204400001,平第一小学校,住所,,1,1,1,1,1,,,,37.0561,140.8920,'),
      'disaster/evacuation-sites-standard.csv': csvText(
        'ID,名称,所在地_連結表記,緯度,経度,災害種別_洪水,災害種別_崖崩れ、土石流及び地滑り,災害種別_高潮,災害種別_地震,災害種別_津波,災害種別_大規模な火事,災害種別_内水氾濫,災害種別_火山現象',
        '07204400001,平第一小学校,住所,37.0561,140.8920,,,,1,,,,',
      ),
    });
    expect(messages).toEqual([
      'content/disaster/evacuation-sites.csv:2:3 column "共通ID": duplicate ID "07204400001" (first used in content/disaster/evacuation-sites-standard.csv line 2)',
    ]);
  });

  it('names every missing hazard column of a file at its header line', async () => {
    const { messages } = await load({ 'disaster/evacuation-sites.csv': csvText('共通ID,施設・場所名,住所,緯度,経度,地震', '1,a,b,37,140.9,1') });
    expect(messages.map((m) => m.replace(/: required.*/, ''))).toEqual(
      ['洪水', '崖崩れ、土石流及び地滑り', '高潮', '津波', '大規模な火事', '内水氾濫', '火山現象'].map((c) => `content/disaster/evacuation-sites.csv:1:1 column "${c}"`),
    );
  });
});
