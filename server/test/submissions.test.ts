import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { encryptAnswers, putSubmission, uuidv7 } from './helpers/submissions.js';

describe.shuffle.each(testDatabases)('submissions on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it('stores a new submission and answers 201 with a receipt number', async () => {
    const id = uuidv7();
    const ciphertext = await encryptAnswers({ name: '磐城 太郎' });
    const res = await putSubmission(t.app, id, { formId: 'moving-notice', ciphertext });

    expect(res.statusCode).toBe(201);
    const body = res.json<{ receiptNumber: string; receivedAt: string }>();
    expect(body.receiptNumber).toMatch(/^IW-\d{4}-\d{6}$/);
    expect(new Date(body.receivedAt).toISOString()).toBe(body.receivedAt);

    const row = await t.app.db.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      form_id: 'moving-notice',
      key_id: 'shimin-2026',
      ciphertext,
      sha256: createHash('sha256').update(ciphertext).digest('hex'),
      byte_size: Buffer.byteLength(ciphertext),
      receipt_number: body.receiptNumber,
      status: 'received',
    });
  });

  it('replaying a delivered submission returns its first receipt', async () => {
    const id = uuidv7();
    const body = { formId: 'moving-notice', ciphertext: await encryptAnswers({ a: 1 }) };
    const first = await putSubmission(t.app, id, body);
    const replay = await putSubmission(t.app, id, body);

    expect(first.statusCode).toBe(201);
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toEqual(first.json());
    const count = await t.app.db.selectFrom('submissions').where('id', '=', id).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('the same id with other bytes is refused with 409', async () => {
    const id = uuidv7();
    await putSubmission(t.app, id, { formId: 'moving-notice', ciphertext: await encryptAnswers({ a: 1 }) });
    const res = await putSubmission(t.app, id, { formId: 'moving-notice', ciphertext: await encryptAnswers({ a: 2 }) });

    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'conflict' } });
  });

  it('the same id and bytes sent for another form is refused with 409', async () => {
    const id = uuidv7();
    const ciphertext = await encryptAnswers({ a: 1 });
    await putSubmission(t.app, id, { formId: 'moving-notice', ciphertext });
    const res = await putSubmission(t.app, id, { formId: 'bulky-waste-pickup', ciphertext });

    expect(res.statusCode).toBe(409);
  });

  it('an unknown form is refused with 422 and a JSON error', async () => {
    const id = uuidv7();
    const res = await putSubmission(t.app, id, { formId: 'no-such-form', ciphertext: await encryptAnswers({}) });

    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json()).toMatchObject({ error: { code: 'unknown_form', message: expect.any(String) } });
    expect(await t.app.db.selectFrom('submissions').where('id', '=', id).select('id').executeTakeFirst()).toBeUndefined();
  });

  it('ten simultaneous deliveries of one submission get one receipt between them', async () => {
    const id = uuidv7();
    const body = { formId: 'moving-notice', ciphertext: await encryptAnswers({ retry: true }) };
    // Open the PostgreSQL pool's connections first, so the PUTs really overlap.
    await Promise.all(Array.from({ length: 10 }, () => t.app.inject('/api/health')));
    const responses = await Promise.all(Array.from({ length: 10 }, () => putSubmission(t.app, id, body)));

    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    const receipts = new Set(responses.map((r) => r.json<{ receiptNumber: string }>().receiptNumber));
    expect(receipts.size).toBe(1);

    // The losers' counter increments were rolled back: the next submission takes the next number.
    const next = await putSubmission(t.app, uuidv7(), body);
    expect(sequenceOf(next.json<{ receiptNumber: string }>().receiptNumber)).toBe(sequenceOf([...receipts][0]!) + 1);
  });

  it('a replay still gets its receipt after its form is withdrawn', async () => {
    const id = uuidv7();
    const body = { formId: 'bulky-waste-pickup', ciphertext: await encryptAnswers({ sofa: 1 }, 'kankyo-2026') };
    const first = await putSubmission(t.app, id, body);
    // The same database, restarted with a content update that removed the form.
    const restarted = await buildTestApp(database, { scratch: t.scratch, forms: [] });
    try {
      const replay = await putSubmission(restarted.app, id, body);
      expect(replay.statusCode).toBe(200);
      expect(replay.json()).toEqual(first.json());
    } finally {
      await restarted.close();
    }
  });
});

function sequenceOf(receiptNumber: string): number {
  return Number(receiptNumber.slice(-6));
}
