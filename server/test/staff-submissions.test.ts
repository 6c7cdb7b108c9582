import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { createStaff, login } from './helpers/staff.js';
import type { StaffClient } from './helpers/staff.js';
import { encryptAnswers, keyIdOf, putSubmission, uuidv7 } from './helpers/submissions.js';

interface Summary {
  id: string;
  formId: string;
  keyId: string | null;
  receiptNumber: string;
  receivedAt: string;
  status: string;
  byteSize: number;
}

describe.shuffle.each(testDatabases)('submissions in the staff console on $name', (database) => {
  let t: TestApp;
  let admin: StaffClient;
  let staff: StaffClient;
  let ids: string[];
  let ciphertexts: Map<string, string>;

  // A database of its own for every test, so each passes alone and in any order.
  beforeEach(async () => {
    ids = [];
    ciphertexts = new Map();
    t = await buildTestApp(database);
    await createStaff(t.app, 'sato', 'admin');
    await createStaff(t.app, 'kato');
    admin = await login(t.app, 'sato');
    staff = await login(t.app, 'kato');
    // Five submissions, oldest first: three moving notices, two bulky waste pickups.
    for (const formId of ['moving-notice', 'bulky-waste-pickup', 'moving-notice', 'bulky-waste-pickup', 'moving-notice']) {
      const id = uuidv7();
      const ciphertext = await encryptAnswers({ formId }, keyIdOf(formId));
      expect((await putSubmission(t.app, id, { formId, ciphertext })).statusCode).toBe(201);
      ids.push(id);
      ciphertexts.set(id, ciphertext);
    }
  });
  afterEach(() => t.close());

  const list = async (query = '') => {
    const res = await staff.request({ url: `/api/staff/submissions${query}` });
    expect(res.statusCode).toBe(200);
    return res.json<{ items: Summary[]; nextCursor: string | null }>();
  };

  it('lists submissions newest first with their metadata and no ciphertext', async () => {
    const { items, nextCursor } = await list();
    expect(items.map((item) => item.id)).toEqual([...ids].reverse());
    expect(nextCursor).toBeNull();
    expect(Object.keys(items[0]!).sort()).toEqual(['byteSize', 'formId', 'id', 'keyId', 'progress', 'progressMessage', 'receiptNumber', 'receivedAt', 'status']);
    expect(items.at(-1)).toMatchObject({ id: ids[0], formId: 'moving-notice', keyId: 'shimin-2026', status: 'received', byteSize: ciphertexts.get(ids[0]!)!.length });
  });

  it('filters by form and by status', async () => {
    expect((await list('?formId=bulky-waste-pickup')).items.map((item) => item.id)).toEqual([ids[3], ids[1]]);
    expect((await list('?status=processed')).items).toEqual([]);
  });

  it('pages through everything with the cursor, each submission once', async () => {
    const seen: string[] = [];
    let query = '?limit=2';
    for (let page = 0; page < 5; page++) {
      const { items, nextCursor } = await list(query);
      seen.push(...items.map((item) => item.id));
      if (!nextCursor) break;
      query = `?limit=2&cursor=${nextCursor}`;
    }
    expect(seen).toEqual([...ids].reverse());
  });

  it('refuses a mangled cursor or a bad filter with 400', async () => {
    for (const query of ['?cursor=bm90LWEtY3Vyc29y', '?cursor=%%%', '?limit=0', '?limit=1000', '?status=deleted', '?formId=Not_Kebab']) {
      const res = await staff.request({ url: `/api/staff/submissions${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: expect.any(String) } });
    }
  });

  it('the detail carries the ciphertext as delivered, for the staff browser to decrypt', async () => {
    const res = await staff.request({ url: `/api/staff/submissions/${ids[1]}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toMatchObject({
      id: ids[1],
      formId: 'bulky-waste-pickup',
      keyId: 'kankyo-2026',
      ciphertext: ciphertexts.get(ids[1]!),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      processedAt: null,
      processedBy: null,
    });
  });

  it('every viewing of a submission is written to the audit log', async () => {
    await staff.request({ url: `/api/staff/submissions/${ids[2]}` });
    const rows = await t.app.db.selectFrom('audit_events').selectAll().where('action', '=', 'submission.view').where('target', '=', ids[2]!).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: 'kato' });
    expect(JSON.parse(rows[0]!.detail!)).toMatchObject({ formId: 'moving-notice', receiptNumber: expect.stringMatching(/^IW-/) });
  });

  it('marking processed records who and when, once, however often it is clicked', async () => {
    const first = await staff.request({ method: 'POST', url: `/api/staff/submissions/${ids[0]}/processed` });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ id: ids[0], status: 'processed', processedBy: 'kato', processedAt: expect.any(String) });
    expect(first.json()).not.toHaveProperty('ciphertext');

    const again = await admin.request({ method: 'POST', url: `/api/staff/submissions/${ids[0]}/processed` });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());

    const row = await t.app.db.selectFrom('submissions').select(['status', 'processed_by']).where('id', '=', ids[0]!).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'processed', processed_by: 'kato' });
    const events = await t.app.db.selectFrom('audit_events').select('actor').where('action', '=', 'submission.processed').where('target', '=', ids[0]!).execute();
    expect(events).toEqual([{ actor: 'kato' }]);
    expect((await list('?status=processed')).items.map((item) => item.id)).toEqual([ids[0]]);
  });

  it('an unknown submission is 404 and a malformed id 400', async () => {
    const unknown = uuidv7();
    expect((await staff.request({ url: `/api/staff/submissions/${unknown}` })).statusCode).toBe(404);
    expect((await staff.request({ method: 'POST', url: `/api/staff/submissions/${unknown}/processed` })).statusCode).toBe(404);
    expect((await staff.request({ url: '/api/staff/submissions/not-an-id' })).statusCode).toBe(400);
  });

  it('administrators read the audit log newest first, as many events as they ask for', async () => {
    expect((await staff.request({ method: 'POST', url: `/api/staff/submissions/${ids[0]}/processed` })).statusCode).toBe(200);
    await list('?status=processed');
    const res = await admin.request({ url: '/api/staff/audit?limit=3' });
    expect(res.statusCode).toBe(200);
    const { events } = res.json<{ events: { at: string; actor: string; action: string; target: string | null; detail: unknown }[] }>();
    expect(events).toHaveLength(3);
    // The listing right after marking it processed, then the marking.
    expect(events[0]).toMatchObject({ actor: 'kato', action: 'submission.list', detail: { status: 'processed', count: 1 } });
    expect(events[1]).toMatchObject({ actor: 'kato', action: 'submission.processed', target: ids[0] });
    const times = events.map((event) => event.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect((await admin.request({ url: '/api/staff/audit?limit=5000' })).statusCode).toBe(400);
  });
});
