import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_FORMS, testClock } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { createStaff, login } from './helpers/staff.js';
import type { StaffClient } from './helpers/staff.js';
import { encryptAnswers, putSubmission, uuidv7 } from './helpers/submissions.js';
import { pinHashInput } from '../../contract/status.js';
import { MAX_REPLY_CHARS } from '../../contract/replies.js';
import { makeReplyKey, openReply, sealReply } from './helpers/replies.js';
import type { ReplyKey } from './helpers/replies.js';

const FORMS = [...TEST_FORMS, { id: 'opinion', keyId: 'kocho-2026', department: 'kocho' }];
const pinHash = (id: string, pin: string) => createHash('sha256').update(pinHashInput(id, pin)).digest('hex');
const PIN = '0123456789';
const CODE = '1111222233334444';
// One derivation for the file: PBKDF2's rounds are the point, and slow on purpose.
const material: ReplyKey = makeReplyKey(PIN, CODE);

describe.shuffle.each(testDatabases)('replies to opinions on $name', (database) => {
  let t: TestApp;
  let staff: StaffClient;

  beforeEach(async () => {
    t = await buildTestApp(database, { forms: FORMS, now: testClock().now, statusLookupLimits: { windowSeconds: 600, perIp: 6, perKiosk: 50 } });
    await createStaff(t.app, 'kocho', 'staff', undefined, ['kocho']);
    staff = await login(t.app, 'kocho');
  });
  afterEach(() => t.close());

  async function send(options: { formId?: string; publicConsent?: boolean } = {}) {
    const formId = options.formId ?? 'opinion';
    const id = uuidv7();
    const ciphertext = await encryptAnswers({ body: '街灯が切れています' }, formId === 'opinion' ? 'kocho-2026' : 'shimin-2026');
    const res = await putSubmission(t.app, id, {
      formId, ciphertext, pinHash: pinHash(id, PIN), ...(options.publicConsent ? { clear: { replyConsent: 'public' } } : {}),
    });
    expect(res.statusCode).toBe(201);
    return { id, receiptNumber: res.json<{ receiptNumber: string }>().receiptNumber };
  }

  const reply = (id: string, body: unknown, client = staff) => client.request({ method: 'PUT', url: `/api/staff/submissions/${id}/reply`, payload: body as Record<string, unknown> });
  const read = (receiptNumber: string, pin = PIN, remoteAddress = '192.0.2.20') =>
    t.app.inject({ method: 'POST', url: '/api/status/reply', remoteAddress, payload: { receiptNumber, pin } });

  it('a private reply is stored as ciphertext only, and the citizen opens it with PIN and reply code', async () => {
    const sent = await send();
    const text = 'ご意見ありがとうございます。街灯は来週交換します。';
    const put = await reply(sent.id, { kind: 'encrypted', ciphertext: sealReply(text, material) });
    expect(put.statusCode).toBe(200);
    const rows = await t.app.db.selectFrom('submission_replies').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('街灯');

    const res = await read(sent.receiptNumber);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const answer = res.json<{ found: true; reply: { kind: 'encrypted'; ciphertext: string } }>();
    expect(answer.reply.kind).toBe('encrypted');
    expect(openReply(answer.reply.ciphertext, PIN, CODE)).toBe(text);
    // Replying finishes the request, as the citizen's status shows.
    const status = await t.app.inject({ method: 'POST', url: '/api/status', remoteAddress: '192.0.2.21', payload: { queries: [{ receiptNumber: sent.receiptNumber, pin: PIN }] } });
    expect(status.json<{ results: Array<{ state: string }> }>().results[0]?.state).toBe('done');
  });

  it('a wrong PIN gets what an unknown number gets, and no reply', async () => {
    const sent = await send({ publicConsent: true });
    await reply(sent.id, { kind: 'public', text: '回答です' });
    expect((await read(sent.receiptNumber, '9999999999')).json()).toEqual({ found: false });
    expect((await read('IW-2026-999999')).json()).toEqual({ found: false });
    expect((await read(sent.receiptNumber)).json()).toEqual({ found: true, reply: { kind: 'public', text: '回答です', repliedAt: '2026-06-01T00:00:00.000Z' } });
  });

  it('before staff answer, the citizen is told there is no reply yet', async () => {
    const sent = await send();
    expect((await read(sent.receiptNumber)).json()).toEqual({ found: true, reply: null });
  });

  it('a public reply is refused unless the citizen agreed to one', async () => {
    const sent = await send();
    const res = await reply(sent.id, { kind: 'public', text: 'こんにちは' });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('public_not_allowed');
    expect(await t.app.db.selectFrom('submission_replies').selectAll().execute()).toEqual([]);
  });

  it('a reply to a form that is not an opinion is refused', async () => {
    await createStaff(t.app, 'shimin', 'staff', undefined, ['shimin']);
    const other = await login(t.app, 'shimin');
    const sent = await send({ formId: 'moving-notice' });
    const res = await reply(sent.id, { kind: 'encrypted', ciphertext: sealReply('x', material) }, other);
    expect(res.statusCode).toBe(422);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('not_a_reply_form');
  });

  it('staff of another department cannot reply, nor learn the opinion exists', async () => {
    await createStaff(t.app, 'shimin', 'staff', undefined, ['shimin']);
    const other = await login(t.app, 'shimin');
    const sent = await send();
    expect((await reply(sent.id, { kind: 'encrypted', ciphertext: sealReply('x', material) }, other)).statusCode).toBe(404);
    expect((await other.request({ url: `/api/staff/submissions/${sent.id}/reply` })).statusCode).toBe(404);
  });

  it('a reply too long is refused, encrypted or not', async () => {
    const sent = await send({ publicConsent: true });
    expect((await reply(sent.id, { kind: 'public', text: 'あ'.repeat(MAX_REPLY_CHARS + 1) })).statusCode).toBe(400);
    const long = sealReply('あ'.repeat(MAX_REPLY_CHARS * 2), material);
    // Past the body limit before it is even parsed.
    expect((await reply(sent.id, { kind: 'encrypted', ciphertext: long })).statusCode).toBe(413);
    expect((await reply(sent.id, { kind: 'public', text: '' })).statusCode).toBe(400);
  });

  it('a ciphertext that is not what the console seals is refused: another alg, a missing salt, an extra header field, a key part', async () => {
    const sent = await send();
    const good = sealReply('x', material);
    const [, ...rest] = good.split('.');
    const withHeader = (header: Record<string, unknown>) => [Buffer.from(JSON.stringify(header)).toString('base64url'), ...rest].join('.');
    const salt = material.salt.toString('base64url');
    for (const header of [
      { alg: 'A256KW', enc: 'A256GCM', cty: 'madoguchi-reply/1', rks: salt },
      { alg: 'dir', enc: 'A128GCM', cty: 'madoguchi-reply/1', rks: salt },
      { alg: 'dir', enc: 'A256GCM', cty: 'madoguchi-reply/1' },
      { alg: 'dir', enc: 'A256GCM', cty: 'madoguchi-reply/1', rks: salt, zip: 'DEF' },
    ]) {
      const res = await reply(sent.id, { kind: 'encrypted', ciphertext: withHeader(header) });
      expect(res.statusCode, JSON.stringify(header)).toBe(422);
      expect(res.json<{ error: { code: string } }>().error.code).toBe('reply_jwe');
    }
    const parts = good.split('.');
    parts[1] = 'AAAA';
    expect((await reply(sent.id, { kind: 'encrypted', ciphertext: parts.join('.') })).statusCode).toBe(400);
    // A field the contract does not name is dropped by validation, never stored.
    expect((await reply(sent.id, { kind: 'encrypted', ciphertext: good, text: 'leak' })).statusCode).toBe(200);
    expect(JSON.stringify(await t.app.db.selectFrom('submission_replies').selectAll().execute())).not.toContain('leak');
  });

  it('a tampered reply reaches the citizen as something their device refuses to show', async () => {
    const sent = await send();
    const good = sealReply('本当の回答', material);
    const parts = good.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 0xff;
    parts[3] = body.toString('base64url');
    expect((await reply(sent.id, { kind: 'encrypted', ciphertext: parts.join('.') })).statusCode).toBe(200);
    const answer = (await read(sent.receiptNumber)).json<{ reply: { ciphertext: string } }>();
    expect(openReply(answer.reply.ciphertext, PIN, CODE)).toBeUndefined();
  });

  it('reading replies draws on the status lookup allowance', async () => {
    const sent = await send();
    for (let i = 0; i < 6; i++) expect((await read(sent.receiptNumber, '1111111111', '192.0.2.77')).statusCode).toBe(200);
    const refused = await read(sent.receiptNumber, PIN, '192.0.2.77');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('validates what a citizen sends: a malformed PIN or receipt number, a missing PIN', async () => {
    const sent = await send();
    const post = (payload: unknown) => t.app.inject({ method: 'POST', url: '/api/status/reply', payload: payload as Record<string, unknown> });
    expect((await post({ receiptNumber: sent.receiptNumber, pin: '12345' })).statusCode).toBe(400);
    expect((await post({ receiptNumber: 'IW-2026-12', pin: PIN })).statusCode).toBe(400);
    expect((await post({ receiptNumber: sent.receiptNumber })).statusCode).toBe(400);
  });

  it('an opinion may carry only its public-reply consent in the clear; other forms none', async () => {
    const opinion = uuidv7();
    const bad = await putSubmission(t.app, opinion, { formId: 'opinion', ciphertext: await encryptAnswers({}, 'kocho-2026'), clear: { replyConsent: 'yes' } });
    expect(bad.statusCode).toBe(422);
    const extra = await putSubmission(t.app, opinion, { formId: 'opinion', ciphertext: await encryptAnswers({}, 'kocho-2026'), clear: { replyConsent: 'public', name: 'x' } });
    expect(extra.statusCode).toBe(422);
    const other = await putSubmission(t.app, uuidv7(), { formId: 'moving-notice', ciphertext: await encryptAnswers({}), clear: { replyConsent: 'public' } });
    expect(other.statusCode).toBe(422);
  });

  it('staff see whether a public reply is allowed, and their reply', async () => {
    const sent = await send({ publicConsent: true });
    expect((await staff.request({ url: `/api/staff/submissions/${sent.id}/reply` })).json()).toEqual({ publicAllowed: true, reply: null, repliedBy: null });
    await reply(sent.id, { kind: 'public', text: 'はい' });
    expect((await staff.request({ url: `/api/staff/submissions/${sent.id}/reply` })).json()).toMatchObject({ publicAllowed: true, reply: { kind: 'public', text: 'はい' }, repliedBy: 'kocho' });
  });

  it('an anonymised Q&A goes to the FAQ queue only when the citizen allowed a public reply', async () => {
    const privateOne = await send();
    const body = { category: 'welfare', question: '公園の街灯はいつ直りますか。', answer: '連絡をいただいてから1週間ほどで交換します。' };
    const refused = await staff.request({ method: 'POST', url: `/api/staff/submissions/${privateOne.id}/faq`, payload: body });
    expect(refused.statusCode).toBe(409);
    const publicOne = await send({ publicConsent: true });
    const made = await staff.request({ method: 'POST', url: `/api/staff/submissions/${publicOne.id}/faq`, payload: body });
    expect(made.statusCode).toBe(201);
    expect((await staff.request({ method: 'POST', url: `/api/staff/submissions/${publicOne.id}/faq`, payload: { ...body, category: 'Not Kebab' } })).statusCode).toBe(400);
    const list = await staff.request({ url: '/api/staff/faq-proposals' });
    expect(list.json<{ items: unknown[] }>().items).toEqual([expect.objectContaining({ ...body, submissionId: publicOne.id, proposedBy: 'kocho', exportedAt: null })]);
  });

  it('needs a staff session to reply', async () => {
    const sent = await send();
    const res = await t.app.inject({ method: 'PUT', url: `/api/staff/submissions/${sent.id}/reply`, payload: { kind: 'public', text: 'x' } });
    expect(res.statusCode).toBe(401);
  });
});
