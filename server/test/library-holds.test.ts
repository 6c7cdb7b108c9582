import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pinHashInput } from '../../contract/status.js';
import { replaceCatalogue } from '../src/library/import-catalogue.js';
import { sampleCatalogue, sampleId } from '../src/library/sample-catalogue.js';
import { TEST_FORMS, buildTestApp } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { createStaff, login } from './helpers/staff.js';
import { encryptAnswers, putSubmission, uuidv7 } from './helpers/submissions.js';

const FORMS = [...TEST_FORMS, { id: 'library-hold', keyId: 'library-2026', department: 'library' }];

describe.shuffle.each(testDatabases)('library holds on $name', (database) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(database, { forms: FORMS });
    await replaceCatalogue(t.app.db, t.app.dbDialect, sampleCatalogue(10));
  });
  afterEach(() => t.close());

  const hold = async (clear: unknown, id = uuidv7(), statusPin?: string) => {
    const ciphertext = await encryptAnswers({ cardNumber: '1234567890', pin: '0000' }, 'library-2026');
    const pinHash = statusPin ? { pinHash: createHash('sha256').update(pinHashInput(id, statusPin)).digest('hex') } : {};
    return { id, response: await putSubmission(t.app, id, { formId: 'library-hold', ciphertext, ...pinHash, ...(clear === undefined ? {} : { clear }) }) };
  };

  it("tells the citizen by receipt number + PIN where the book waits once staff mark it ready, or that it was declined", async () => {
    const { id, response } = await hold({ recordId: sampleId(1), pickupBranch: 'nakoso' }, uuidv7(), '1234567890');
    const { receiptNumber } = response.json<{ receiptNumber: string }>();
    const status = async () => (await t.app.inject({ method: 'POST', url: '/api/status', payload: { queries: [{ receiptNumber, pin: '1234567890' }] } })).json<{ results: unknown[] }>().results[0];
    const hold1 = { recordId: sampleId(1), title: '銀河鉄道の夜', pickupBranch: 'nakoso' };
    expect(await status()).toMatchObject({ found: true, formId: 'library-hold', state: 'received', message: null, hold: hold1 });

    await createStaff(t.app, 'tosho', 'staff', undefined, ['library']);
    const librarian = await login(t.app, 'tosho');
    const ready = await librarian.request({ method: 'POST', url: '/api/staff/submissions/progress', payload: { ids: [id], state: 'done', message: { phrase: 'ready-for-pickup' } } });
    expect(ready.statusCode, ready.body).toBe(200);
    expect(await status()).toMatchObject({ state: 'done', message: { phrase: 'ready-for-pickup' }, hold: hold1 });
    expect((await librarian.request({ url: '/api/staff/library/holds' })).json()).toEqual({ items: [expect.objectContaining({ id, progress: 'done' })] });

    await librarian.request({ method: 'POST', url: '/api/staff/submissions/progress', payload: { ids: [id], state: 'declined', message: null } });
    expect(await status()).toMatchObject({ state: 'declined', hold: hold1 });
    // A wrong PIN learns nothing of the book.
    const wrong = (await t.app.inject({ method: 'POST', url: '/api/status', payload: { queries: [{ receiptNumber, pin: '0000000000' }] } })).json<{ results: unknown[] }>().results[0];
    expect(wrong).toEqual({ receiptNumber, found: false });
  });

  it('takes a hold with the book and pickup branch in the clear, and library staff see it by title', async () => {
    const { id, response } = await hold({ recordId: sampleId(1), pickupBranch: 'nakoso' });
    expect(response.statusCode, response.body).toBe(201);
    await createStaff(t.app, 'tosho', 'staff', undefined, ['library']);
    const librarian = await login(t.app, 'tosho');
    const list = await librarian.request({ url: '/api/staff/library/holds' });
    expect(list.json()).toEqual({
      items: [expect.objectContaining({ id, receiptNumber: response.json<{ receiptNumber: string }>().receiptNumber, recordId: sampleId(1), title: '銀河鉄道の夜', pickupBranch: 'nakoso', status: 'received' })],
    });
    // Processing is the submission's own: the hold leaves the waiting list.
    expect((await librarian.request({ method: 'POST', url: `/api/staff/submissions/${id}/processed` })).statusCode).toBe(200);
    expect((await librarian.request({ url: '/api/staff/library/holds' })).json()).toEqual({ items: [] });
    expect((await librarian.request({ url: '/api/staff/library/holds?status=processed' })).json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it('shows other departments no holds', async () => {
    await hold({ recordId: sampleId(1), pickupBranch: 'sogo' });
    await createStaff(t.app, 'shimin', 'staff', undefined, ['shimin']);
    const other = await login(t.app, 'shimin');
    expect((await other.request({ url: '/api/staff/library/holds' })).json()).toEqual({ items: [] });
  });

  it('refuses a hold for a book or branch that does not exist, or without them', async () => {
    for (const clear of [{ recordId: 'nope', pickupBranch: 'sogo' }, { recordId: sampleId(1), pickupBranch: 'mars' }, { recordId: sampleId(1) }, undefined]) {
      const { response } = await hold(clear);
      expect(response.statusCode, JSON.stringify(clear)).toBe(422);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('clear_invalid');
    }
  });

  it('refuses clear fields on any other form, so answers cannot slip around the encryption', async () => {
    const ciphertext = await encryptAnswers({ name: 'x' });
    const response = await putSubmission(t.app, uuidv7(), { formId: 'moving-notice', ciphertext, clear: { name: '山田 太郎' } });
    expect(response.statusCode).toBe(422);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('clear_not_allowed');
  });

  it('answers a replay with its receipt, and the same id asking for another branch is a conflict', async () => {
    const ciphertext = await encryptAnswers({ cardNumber: '1', pin: '2' }, 'library-2026');
    const id = uuidv7();
    const body = (pickupBranch: string) => ({ formId: 'library-hold', ciphertext, clear: { recordId: sampleId(2), pickupBranch } });
    const first = await putSubmission(t.app, id, body('sogo'));
    const replay = await putSubmission(t.app, id, { formId: 'library-hold', ciphertext, clear: { pickupBranch: 'sogo', recordId: sampleId(2) } });
    expect([first.statusCode, replay.statusCode]).toEqual([201, 200]);
    expect(replay.json()).toEqual(first.json());
    expect((await putSubmission(t.app, id, body('miwa'))).statusCode).toBe(409);
  });
});
