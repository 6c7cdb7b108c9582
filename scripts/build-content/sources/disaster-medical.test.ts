// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Aed, HolidayDuty, MedicalFacility } from '../../../src/lib/content/pack-types.ts';
import { disasterAedSource } from './disaster-aed.ts';
import { realContentDir, testContext, writeContent } from './disaster-fixtures.ts';
import { disasterMedicalSource } from './disaster-medical.ts';

const medicalHeader = 'ID,名称,名称_カナ,所在地_連結表記,緯度,経度,電話番号,診療科目,利用可能曜日,開始時間,終了時間,祝日の利用,利用可能日時特記事項,車いす対応';

async function loadMedical(contentDir: string) {
  const { ctx, messages } = testContext(contentDir);
  const loaded = await disasterMedicalSource.load(ctx);
  const docs = new Map(loaded?.documents().map((d) => [d.path, d.value]));
  return {
    messages: messages(),
    medical: docs.get('disaster/medical.json') as MedicalFacility[] | undefined,
    duty: docs.get('disaster/holiday-duty.json') as HolidayDuty[] | undefined,
  };
}

describe('medical facilities, AEDs and the holiday rota', () => {
  it('reads the real medical.csv and holiday-duty.json: departments split, hours parsed, rota by date', async () => {
    const { messages, medical, duty } = await loadMedical(realContentDir);
    expect(messages).toEqual([]);
    expect(medical).toHaveLength(36);
    expect(medical?.[0]).toMatchObject({
      id: 'med-iwaki-medical-center',
      nameKana: 'イワキシイリョウセンター',
      departments: ['内科', '外科', '小児科', '産婦人科', '整形外科', '脳神経外科', '救急科'],
      hours: { days: [0, 1, 2, 3, 4, 5, 6], open: '00:00', close: '24:00', holidays: true, yearEndClosure: false },
      accessibility: { wheelchair: true, accessibleToilet: true, parking: '有' },
    });
    expect(duty).toHaveLength(59);
    expect(duty?.map((d) => d.date)).toEqual([...(duty ?? []).map((d) => d.date)].sort());
  });

  it('reads the real aed.csv with 設置位置 as the placement', async () => {
    const { ctx, messages } = testContext(realContentDir);
    const aeds = (await disasterAedSource.load(ctx))?.documents()[0]?.value as Aed[];
    expect(messages()).toEqual([]);
    expect(aeds).toHaveLength(36);
    expect(aeds[0]).toMatchObject({ id: 'aed-city-hall', placement: '1階 総合案内横', hours: { days: [1, 2, 3, 4, 5], open: '08:30', close: '17:15' } });
    expect(aeds.find((a) => a.id === 'aed-taira-fire')?.hours).toMatchObject({ open: '00:00', close: '24:00', holidays: true });
  });

  it('refuses a rota entry for an unknown clinic or a department the clinic does not have', async () => {
    const rota = {
      sample: true,
      items: [
        { date: '2026-11-01', facility: 'med-a', hours: '09:00-17:00', department: '内科' },
        { date: '2026-11-01', facility: 'med-nowhere', hours: '09:00-17:00', department: '内科' },
        { date: '2026-11-03', facility: 'med-a', hours: '09:00-17:00', department: '歯科' },
      ],
    };
    const { contentDir } = await writeContent({
      'disaster/medical.csv': `${medicalHeader}\nmed-a,平クリニック,タイラクリニック,福島県いわき市平字田町10,37.05,140.88,0246-00-2002,内科・小児科,日,09:00,17:00,可,,有\n`,
      'disaster/holiday-duty.json': JSON.stringify(rota, null, 2),
    });
    const { messages } = await loadMedical(contentDir);
    const text = JSON.stringify(rota, null, 2).split('\n');
    const line = (needle: string) => text.findIndex((l) => l.includes(needle)) + 1;
    expect(messages).toEqual([
      `content/disaster/holiday-duty.json:${line('med-nowhere')}:7 "items[1].facility": no facility "med-nowhere" in the ID column of content/disaster/medical.csv`,
      `content/disaster/holiday-duty.json:${line('歯科')}:7 "items[2].department": expected one of the 診療科目 of med-a (内科, 小児科) got "歯科"`,
    ]);
  });

  it('refuses a medical file with a bad cell whole, so the rota is not checked against half a file', async () => {
    const { contentDir } = await writeContent({
      'disaster/medical.csv': `${medicalHeader}\nmed-a,A,,住所,37.05,140.88,,内科,日,09:00,17:00,可,,有\nmed-b,B,,住所,37.05,140.88,,内科,日,9時,17:00,可,,たぶん\n`,
      'disaster/holiday-duty.json': await readFile(join(realContentDir, 'disaster/holiday-duty.json'), 'utf8'),
    });
    const { messages, medical } = await loadMedical(contentDir);
    expect(messages).toEqual([
      'content/disaster/medical.csv:3:32 column "開始時間": expected a time HH:MM (00:00–23:59) got "9時"',
      'content/disaster/medical.csv:3:44 column "車いす対応": expected 有 or 無 (or empty when unknown) got "たぶん"',
    ]);
    expect(medical).toEqual([]);
  });
});
