import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { languageCodes } from '../../contract/languages.js';
import { buildTestApp, testClock } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { createStaff, login } from './helpers/staff.js';
import type { StaffClient } from './helpers/staff.js';

const HOUR = 60 * 60 * 1000;

describe.shuffle.each(testDatabases)('notices in every language on $name', (database) => {
  let t: TestApp;
  let admin: StaffClient;
  const clock = testClock(new Date());
  const expiresAt = () => new Date(clock.now().getTime() + 6 * HOUR).toISOString();

  beforeEach(async () => {
    t = await buildTestApp(database, { now: clock.now });
    await createStaff(t.app, 'sato', 'admin');
    admin = await login(t.app, 'sato');
  });
  afterEach(() => t.close());

  const post = (message: Record<string, string>) =>
    admin.request({ method: 'POST', url: '/api/staff/notices', payload: { severity: 'emergency', hazard: 'tsunami', message, targets: 'all', expiresAt: expiresAt() } });

  it('a notice in every language Madoguchi speaks is accepted and reaches phones in each of them', async () => {
    const text = Object.fromEntries(languageCodes.map((code) => [code, `大津波警報 (${code})`]));
    const posted = await post(text);
    expect(posted.statusCode).toBe(201);
    const listed = (await t.app.inject('/api/notices')).json<{ notices: Array<{ message: Record<string, string> }> }>().notices;
    expect(Object.keys(listed[0]!.message).sort()).toEqual([...languageCodes].sort());
    expect(listed[0]!.message.ne).toBe('大津波警報 (ne)');
  });

  it('refuses a language code Madoguchi does not speak, naming it, and stores nothing', async () => {
    const refused = await post({ ja: '津波警報', xx: 'tsunami' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { message: string } }>().error.message).toMatch(/^body\/message has "xx", not one of: ja, ja-easy, en, /);
    const zhTw = await post({ ja: '津波警報', 'zh-TW': '海嘯警報' });
    expect(zhTw.statusCode).toBe(400);
    expect((await t.app.inject('/api/notices')).json<{ notices: unknown[] }>().notices).toEqual([]);
  });
});
