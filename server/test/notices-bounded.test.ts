import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_LISTED_NOTICES, MAX_NOTICE_LIST_BYTES, NOTICE_CACHE_MS } from '../src/services/notice-list.js';
import { buildTestApp, testClock } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { uuidv7 } from './helpers/submissions.js';
import { languageCodes } from '../../contract/languages.js';

interface Notice {
  id: string;
  severity: string;
}

const HOUR = 60 * 60 * 1000;
const LANGUAGES = languageCodes;
/** The longest message staff can post: every language, 1000 characters each. */
const longest = (mark: string) => Object.fromEntries(LANGUAGES.map((lang) => [lang, `${mark}${'警'.repeat(1000 - mark.length)}`])) as { ja: string };

// GET /api/notices is open to anyone and hit by every phone: what it answers and what it
// costs must not grow with what staff (or a stolen staff session) posted.
describe.shuffle.each(testDatabases)('the public notice list on $name', (database) => {
  let clock = testClock(new Date());
  let t: TestApp;
  let emergencyId: string;
  const expiresAt = () => new Date(clock.now().getTime() + 24 * HOUR).toISOString();
  const publicList = () => t.app.inject('/api/notices');

  /** Straight into the table: whatever is stored (posted before a cap, by racing servers), the list stays bounded. */
  const insert = async (severity: 'emergency' | 'info', message: { ja: string }) => {
    const id = uuidv7();
    await t.app.db
      .insertInto('kiosk_notices')
      .values({ id, created_at: clock.now().toISOString(), expires_at: expiresAt(), severity, hazard: null, targets: '"all"', message: JSON.stringify(message), created_by: 'kato', withdrawn_at: null, withdrawn_by: null })
      .execute();
    return id;
  };

  // The flood is stored afresh for each test (a database and a clock of its own), so each passes in any order.
  beforeEach(async () => {
    clock = testClock(new Date());
    t = await buildTestApp(database, { now: clock.now });
    emergencyId = await insert('emergency', longest('津波'));
    for (let i = 0; i < 40; i++) {
      clock.advance(1000);
      await insert('info', longest(`お知らせ${i}`));
    }
  });
  afterEach(() => t.close());

  it('lists at most a bounded number of notices, most important first, within a byte budget', async () => {
    const res = await publicList();
    expect(res.statusCode).toBe(200);
    const { notices } = res.json<{ notices: Notice[] }>();
    expect(notices[0]?.id).toBe(emergencyId);
    expect(notices.length).toBeGreaterThan(1);
    expect(notices.length).toBeLessThanOrEqual(MAX_LISTED_NOTICES);
    expect(Buffer.byteLength(res.body)).toBeLessThanOrEqual(MAX_NOTICE_LIST_BYTES);
  });

  it('a flood of requests is answered from memory, not from the database each time', async () => {
    clock.advance(NOTICE_CACHE_MS + 1);
    const selects = vi.spyOn(t.app.db, 'selectFrom');
    try {
      for (let i = 0; i < 50; i++) expect((await publicList()).statusCode).toBe(200);
      expect(selects.mock.calls.length).toBeLessThanOrEqual(1);
    } finally {
      selects.mockRestore();
    }
  });

  it('a notice posted on this server shows at once; one posted on another server within the cache time', async () => {
    // Staff tidy up the flood first: posting refuses more than MAX_ACTIVE_NOTICES.
    await t.app.db.updateTable('kiosk_notices').set({ withdrawn_at: clock.now().toISOString(), withdrawn_by: 'kato' }).where('severity', '=', 'info').execute();
    const posted = await t.app.notices.post({ severity: 'emergency', message: { ja: '避難指示' }, targets: 'all', expiresAt: expiresAt(), by: 'kato' });
    if (!posted.ok) throw new Error('post');
    expect((await publicList()).json<{ notices: Notice[] }>().notices[0]?.id).toBe(posted.notice.id);

    const other = await buildTestApp(database, { scratch: t.scratch, now: clock.now });
    try {
      clock.advance(1000);
      const elsewhere = await other.app.notices.post({ severity: 'emergency', message: { ja: '高潮警報' }, targets: 'all', expiresAt: expiresAt(), by: 'sato' });
      if (!elsewhere.ok) throw new Error('post');
      clock.advance(NOTICE_CACHE_MS + 1);
      expect((await publicList()).json<{ notices: Notice[] }>().notices[0]?.id).toBe(elsewhere.notice.id);
    } finally {
      await other.close();
    }
  });
});
