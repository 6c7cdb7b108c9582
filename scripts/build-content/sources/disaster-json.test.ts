// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DisasterAlert, HolidayDuty, RiverRain } from '../../../src/lib/content/pack-types.ts';
import { disasterAlertsSource } from './disaster-alerts.ts';
import { realContentDir, testContext, writeContent } from './disaster-fixtures.ts';
import { loadHolidayDuty } from './disaster-holiday-duty.ts';
import { disasterRiverRainSource } from './disaster-river-rain.ts';
import type { ContentSource } from './types.ts';

async function load<T>(source: ContentSource, contentDir: string) {
  const { ctx, messages } = testContext(contentDir);
  const loaded = await source.load(ctx);
  return { messages: messages(), value: loaded?.documents()[0]?.value as T | undefined, sample: loaded?.sample };
}

const tsunamiFixture = () => readFile(join(realContentDir, 'disaster/fixtures/alerts-tsunami-warning.json'), 'utf8');

describe('alerts', () => {
  it('ships no alert in normal times: the committed alerts.json is empty', async () => {
    expect(await load<DisasterAlert[]>(disasterAlertsSource, realContentDir)).toEqual({ messages: [], value: [], sample: true });
  });

  it('builds the 津波警報 fixture into an emergency alert for the tsunami hazard', async () => {
    const { contentDir } = await writeContent({ 'disaster/alerts.json': await tsunamiFixture() });
    const { messages, value } = await load<DisasterAlert[]>(disasterAlertsSource, contentDir);
    expect(messages).toEqual([]);
    expect(value).toEqual([
      expect.objectContaining({ id: 'tsunami-warning-20261125', severity: 'emergency', hazard: 'tsunami', issuedAt: '2026-11-25T14:47:00+09:00' }),
    ]);
    expect(value?.[0]?.message.ja).toContain('津波警報');
  });

  it('refuses an alert without Japanese, with an unknown hazard, or expiring before it is issued', async () => {
    const alert = JSON.parse(await tsunamiFixture()) as { items: Record<string, unknown>[] };
    const base = alert.items[0]!;
    alert.items = [
      { ...base, id: 'a', message: { en: 'Tsunami warning' } },
      { ...base, id: 'b', hazard: '津波' },
      { ...base, id: 'c', expiresAt: '2026-11-25T14:00:00+09:00' },
      { ...base, id: 'd', issuedAt: '2026-11-25 14:47' },
    ];
    const { contentDir } = await writeContent({ 'disaster/alerts.json': JSON.stringify(alert, null, 2) });
    const { messages } = await load(disasterAlertsSource, contentDir);
    expect(messages.map((m) => m.replace(/^[^ ]+ /, ''))).toEqual([
      '"items[0].message": expected a Japanese message ("ja") got Object',
      '"items[1].hazard": expected one of flood, landslide, storm-surge, earthquake, tsunami, large-fire, inland-flooding, volcano got "津波"',
      '"items[2].expiresAt": expected an expiry after the time of issue got Object',
      '"items[3].issuedAt": expected a date-time with its offset, such as 2026-11-25T06:00:00+09:00 got "2026-11-25 14:47"',
    ]);
  });
});

describe('river levels and rainfall', () => {
  it('reads the real river-rain.json without its thresholds', async () => {
    const { messages, value } = await load<RiverRain>(disasterRiverRainSource, realContentDir);
    expect(messages).toEqual([]);
    expect(value?.observedAt).toBe('2026-11-25T06:00:00+09:00');
    expect(value?.stations.filter((s) => s.level !== 'normal').map((s) => s.id)).toEqual(['river-natsui-ogawa', 'rain-kawamae']);
    expect(value?.stations[1]).toEqual({ id: 'river-natsui-ogawa', name: '夏井川 小川', kind: 'river', value: 2.71, unit: 'm', level: 'caution' });
  });

  it('refuses a level that its own thresholds contradict', async () => {
    const file = JSON.parse(await readFile(join(realContentDir, 'disaster/river-rain.json'), 'utf8')) as { stations: Array<Record<string, unknown>> };
    file.stations[1]!.level = 'normal';
    const { contentDir } = await writeContent({ 'disaster/river-rain.json': JSON.stringify(file, null, 2) });
    const { messages } = await load(disasterRiverRainSource, contentDir);
    expect(messages).toEqual([expect.stringMatching(/^content\/disaster\/river-rain\.json:\d+:7 "stations\[1\]\.level": expected the level that the value reaches by the thresholds/)]);
  });
});

describe('holiday duty', () => {
  it('refuses an hours range that ends before it starts', async () => {
    const { contentDir } = await writeContent({
      'disaster/holiday-duty.json': JSON.stringify({ items: [{ date: '2026-11-03', facility: 'med-a', hours: '17:00-09:00', department: '内科' }] }),
    });
    const { ctx, messages } = testContext(contentDir);
    const duty: { items: HolidayDuty[] } | undefined = await loadHolidayDuty(join(contentDir, 'disaster/holiday-duty.json'), [], false, ctx);
    expect(duty).toBeUndefined();
    expect(messages()).toEqual(['content/disaster/holiday-duty.json:1:51 "items[0].hours": expected hours such as 09:00-17:00 got "17:00-09:00"']);
  });
});
