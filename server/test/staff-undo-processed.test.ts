import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, testClock } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { createStaff, login } from './helpers/staff.js';
import type { StaffClient } from './helpers/staff.js';
import { encryptAnswers, keyIdOf, putSubmission, uuidv7 } from './helpers/submissions.js';

describe.shuffle.each(testDatabases)('undoing "processed" on $name', (database) => {
  // Sessions are long; the clock only has to move past the undo window.
  const clock = testClock(new Date());
  let t: TestApp;
  let kato: StaffClient;
  let sato: StaffClient;

  beforeAll(async () => {
    t = await buildTestApp(database, { now: clock.now });
    await createStaff(t.app, 'kato');
    await createStaff(t.app, 'sato', 'admin');
    kato = await login(t.app, 'kato');
    sato = await login(t.app, 'sato');
  });
  afterAll(() => t.close());

  async function newSubmission(): Promise<string> {
    const id = uuidv7();
    const res = await putSubmission(t.app, id, { formId: 'bulky-waste-pickup', ciphertext: await encryptAnswers({ formId: 'bulky-waste-pickup' }, keyIdOf('bulky-waste-pickup')) });
    expect(res.statusCode).toBe(201);
    return id;
  }
  const mark = (who: StaffClient, id: string) => who.request({ method: 'POST', url: `/api/staff/submissions/${id}/processed` });
  const undo = (who: StaffClient, id: string) => who.request({ method: 'DELETE', url: `/api/staff/submissions/${id}/processed` });
  const status = async (id: string) =>
    (await t.app.db.selectFrom('submissions').select(['status', 'processed_at', 'processed_by']).where('id', '=', id).executeTakeFirstOrThrow());
  const auditActions = async (id: string) =>
    (await t.app.db.selectFrom('audit_events').select(['action', 'actor']).where('target', '=', id).orderBy('at').orderBy('id').execute());

  it('puts a mis-clicked submission back to received, and records both the mark and the undo', async () => {
    const id = await newSubmission();
    expect((await mark(kato, id)).statusCode).toBe(200);
    clock.advance(8_000);
    const res = await undo(kato, id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, status: 'received', processedAt: null, processedBy: null });
    expect(await status(id)).toEqual({ status: 'received', processed_at: null, processed_by: null });
    expect(await auditActions(id)).toEqual([
      { action: 'submission.processed', actor: 'kato' },
      { action: 'submission.processed.undo', actor: 'kato' },
    ]);
    // A second undo (a double tap) changes nothing and is not recorded again.
    expect((await undo(kato, id)).statusCode).toBe(200);
    expect(await auditActions(id)).toHaveLength(2);
  });

  it('refuses once the window has passed: finished work is not reopened by a stale button', async () => {
    const id = await newSubmission();
    await mark(kato, id);
    clock.advance(61_000);
    const res = await undo(kato, id);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'undo_too_late' } });
    expect((await status(id)).status).toBe('processed');
  });

  it('refuses someone else’s undo, even an administrator’s', async () => {
    const id = await newSubmission();
    await mark(kato, id);
    const res = await undo(sato, id);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'undo_not_yours' } });
    expect(await status(id)).toMatchObject({ status: 'processed', processed_by: 'kato' });
    expect((await auditActions(id)).map((e) => e.action)).toEqual(['submission.processed']);
  });

  it('answers 404 for an unknown submission and 400 for a malformed id', async () => {
    expect((await undo(kato, uuidv7())).statusCode).toBe(404);
    expect((await undo(kato, 'nope')).statusCode).toBe(400);
  });
});
