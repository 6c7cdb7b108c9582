// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { TownList } from '../../../src/lib/content/pack-types.ts';
import { encodeShiftJis } from '../../../src/lib/csv/fixtures/shift-jis-encode.ts';
import { csvText, realContentDir, testContext, writeContent } from './disaster-fixtures.ts';
import { townsSource } from './towns.ts';

const gsiHeader = '"都道府県コード","都道府県名","市区町村コード","市区町村名","大字町丁目コード","大字町丁目名","緯度","経度","原典資料コード","大字・字・丁目区分コード"';

async function load(contentDir: string) {
  const { ctx, messages } = testContext(contentDir);
  const loaded = await townsSource.load(ctx);
  return { loaded, messages: messages(), list: loaded?.documents()[0]?.value as TownList | undefined };
}

describe('町名・大字 for "near my home" (位置参照情報 大字・町丁目)', () => {
  it('reads the real sample: Shift_JIS, readings from the カナ column, marked sample', async () => {
    const { messages, list, loaded } = await load(realContentDir);
    expect(messages).toEqual([]);
    expect(loaded?.sample).toBe(true);
    expect(list?.sample).toBe(true);
    expect(list?.towns.find((t) => t.code === '072040001')).toEqual({ code: '072040001', name: [['小名浜', 'おなはま']], nameKana: 'オナハマ', lat: 36.9469, lng: 140.9031 });
  });

  it('reads the national layout without a reading column (UTF-8), naming the file by what it is', async () => {
    const { contentDir } = await writeContent({ 'places/07204.csv': csvText(gsiHeader, '"07","福島県","07204","いわき市","072040099","小名浜","36.9469","140.9031","1","1"') });
    const { messages, list } = await load(contentDir);
    expect(messages).toEqual([]);
    expect(list).toEqual({ sample: false, towns: [{ code: '072040099', name: '小名浜', lat: 36.9469, lng: 140.9031 }] });
  });

  it('refuses a whole Shift_JIS file with a bad point, at its file:line, and a code used twice', async () => {
    const bad = encodeShiftJis(csvText(gsiHeader,
      '"07","福島県","07204","いわき市","1","小名浜","36.9469","140.9031","1","1"',
      '"07","福島県","07204","いわき市","2","平","北緯37度","140.8877","1","1"'));
    const twice = csvText(gsiHeader, '"07","福島県","07204","いわき市","3","江名","36.93","140.93","1","1"', '"07","福島県","07204","いわき市","3","永崎","36.93","140.92","1","1"');
    const { contentDir } = await writeContent({ 'places/a.csv': bad, 'places/b.csv': twice });
    const { messages, list } = await load(contentDir);
    expect(messages).toEqual([
      expect.stringMatching(/^content\/places\/a\.csv:3:\d+ column "緯度": /),
      expect.stringMatching(/^content\/places\/b\.csv:3:\d+ column "大字町丁目コード": .*already used at content\/places\/b\.csv:2/),
    ]);
    // Nothing from the broken file; the repeated code is not taken twice.
    expect(list?.towns.map((t) => t.code)).toEqual(['3']);
  });
});
