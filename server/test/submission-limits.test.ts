import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SUBMISSION_LIMITS } from '../src/config.js';
import { buildTestApp, testClock, TEST_FORMS } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { enrolKiosk } from './helpers/kiosks.js';
import { createStaff, freshIp, login } from './helpers/staff.js';
import type { StaffClient } from './helpers/staff.js';
import { encryptAnswers, protectedHeaderOf, putSubmission, uuidv7, withProtectedHeader } from './helpers/submissions.js';

// The anonymous submission endpoint, tried as an attacker would: huge bodies, forged
// headers, floods from one address, a revoked kiosk. Each is refused with a 4xx the outbox
// understands, nothing is stored, and the limits hold across servers sharing one database.

const PHOTO_FORM = { id: 'photo-report', keyId: 'doro-2026', department: 'doro', maxSubmissionBytes: 2 * 1024 * 1024 };
const FORMS = [...TEST_FORMS, PHOTO_FORM];
const stored = (t: TestApp, id: string) => t.app.db.selectFrom('submissions').select('id').where('id', '=', id).executeTakeFirst();

/** A JWE of about `size` characters with a valid header for `keyId`. */
async function jweOfSize(size: number, keyId = 'shimin-2026'): Promise<string> {
  // JSON, then base64url: 4 characters per 3 bytes.
  return encryptAnswers({ padding: 'x'.repeat(Math.ceil((size * 3) / 4)) }, keyId);
}

/** Sends only the head of a request that declares a big body, and reads the first answer line. */
function statusLineForDeclaredBody(port: number, id: string, declaredBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no answer within 3 s: the server is waiting for the body'));
    }, 3000);
    socket.on('error', reject);
    socket.once('data', (chunk) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(chunk.toString('latin1').split('\r\n')[0] ?? '');
    });
    socket.write(
      `PUT /api/submissions/${id} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${declaredBytes}\r\n\r\n{"formId":"moving-notice","ciphertext":"`,
    );
  });
}

describe.shuffle.each(testDatabases)('abuse limits on $name', (database) => {
  const clock = testClock(new Date());
  let t: TestApp;
  let second: TestApp;
  let admin: StaffClient;
  beforeAll(async () => {
    t = await buildTestApp(database, {
      forms: FORMS,
      now: clock.now,
      submissionLimits: { ...DEFAULT_SUBMISSION_LIMITS, windowSeconds: 60, perIp: { requests: 3, bytes: 1024 * 1024 } },
    });
    // A second server process on the same database, as behind a load balancer.
    second = await buildTestApp(database, { scratch: t.scratch, forms: FORMS, now: clock.now, submissionLimits: { ...DEFAULT_SUBMISSION_LIMITS, windowSeconds: 60, perIp: { requests: 3, bytes: 1024 * 1024 } } });
    await createStaff(t.app, 'sato', 'admin');
    admin = await login(t.app, 'sato');
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  describe('body size', () => {
    it('a body declaring 10 MB is refused with 413 before it is read', async () => {
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = t.app.server.address() as AddressInfo;
      const started = Date.now();
      expect(await statusLineForDeclaredBody(port, uuidv7(), 10 * 1024 * 1024)).toMatch(/^HTTP\/1\.1 413 /);
      expect(Date.now() - started).toBeLessThan(1000);
    });

    it("a ciphertext over its form's limit is 413, though another form may take that size", async () => {
      const ciphertext = await jweOfSize(300 * 1024);
      const refused = await putSubmission(t.app, uuidv7(), { formId: 'moving-notice', ciphertext }, undefined, { remoteAddress: freshIp() });
      expect(refused.statusCode).toBe(413);
      expect(refused.json()).toMatchObject({ error: { code: 'payload_too_large' } });

      const photo = await jweOfSize(300 * 1024, PHOTO_FORM.keyId);
      const accepted = await putSubmission(t.app, uuidv7(), { formId: PHOTO_FORM.id, ciphertext: photo }, undefined, { remoteAddress: freshIp() });
      expect(accepted.statusCode).toBe(201);
    });
  });

  describe('the JWE protected header', () => {
    let good: string;
    beforeAll(async () => {
      good = await encryptAnswers({ name: 'いわき' });
    });

    it.each([
      ['alg none', { alg: 'none' }, 'jwe_alg'],
      ['alg dir', { alg: 'dir' }, 'jwe_alg'],
      ['ECDH-ES without key wrapping', { alg: 'ECDH-ES' }, 'jwe_alg'],
      ['a weaker content cipher', { enc: 'A128CBC-HS256' }, 'jwe_enc'],
      ["another department's key id", { kid: 'kankyo-2026' }, 'jwe_kid'],
      ['no key id', { kid: undefined }, 'jwe_kid'],
      ['no ephemeral key', { epk: undefined }, 'jwe_epk'],
      ['an ephemeral key on another curve', { epk: { kty: 'EC', crv: 'P-384', x: 'AA', y: 'AA' } }, 'jwe_epk'],
      ['compression (a zip bomb for staff)', { zip: 'DEF' }, 'jwe_header'],
      ['critical extensions', { crit: ['exp'], exp: 1 }, 'jwe_header'],
    ])('%s is refused with 422 and nothing is stored', async (_label, change, code) => {
      const header = { ...protectedHeaderOf(good), ...change };
      const id = uuidv7();
      const res = await putSubmission(t.app, id, { formId: 'moving-notice', ciphertext: withProtectedHeader(good, header) }, undefined, { remoteAddress: freshIp() });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ error: { code, message: expect.any(String) } });
      expect(await stored(t, id)).toBeUndefined();
    });

    it.each([
      ['a header that is not JSON', (jwe: string) => `bm90IGpzb24.${jwe.split('.').slice(1).join('.')}`],
      ['an empty wrapped key', (jwe: string) => jwe.split('.').map((part, i) => (i === 1 ? '' : part)).join('.')],
      ['a short IV', (jwe: string) => jwe.split('.').map((part, i) => (i === 2 ? 'AAAA' : part)).join('.')],
    ])('%s is refused with 422', async (_label, mangle) => {
      const id = uuidv7();
      const res = await putSubmission(t.app, id, { formId: 'moving-notice', ciphertext: mangle(good) }, undefined, { remoteAddress: freshIp() });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ error: { code: 'jwe_header' } });
      expect(await stored(t, id)).toBeUndefined();
    });
  });

  describe('per-address allowance', () => {
    it('once the bucket is empty the answer is 429 with Retry-After, on every server of the database', async () => {
      const ip = freshIp();
      const send = async (app: TestApp) => putSubmission(app.app, uuidv7(), { formId: 'moving-notice', ciphertext: await encryptAnswers({ n: 1 }) }, undefined, { remoteAddress: ip });
      expect((await send(t)).statusCode).toBe(201);
      expect((await send(second)).statusCode).toBe(201);
      expect((await send(t)).statusCode).toBe(201);

      for (const server of [second, t]) {
        const limited = await send(server);
        expect(limited.statusCode).toBe(429);
        expect(limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
        // Three per minute: one comes back every 20 s.
        expect(Number(limited.headers['retry-after'])).toBe(20);
      }
      // Another address is not held back by this one.
      expect((await putSubmission(t.app, uuidv7(), { formId: 'moving-notice', ciphertext: await encryptAnswers({}) }, undefined, { remoteAddress: freshIp() })).statusCode).toBe(201);

      clock.advance(20_000);
      expect((await send(second)).statusCode).toBe(201);
      expect((await send(t)).statusCode).toBe(429);
    });

    it('the byte budget stops big bodies before the request count runs out', async () => {
      const ip = freshIp();
      // 1 MB a minute: two bodies of 400 KB fit, a third does not.
      const send = async () => putSubmission(t.app, uuidv7(), { formId: PHOTO_FORM.id, ciphertext: await jweOfSize(400 * 1024, PHOTO_FORM.keyId) }, undefined, { remoteAddress: ip });
      expect((await send()).statusCode).toBe(201);
      expect((await send()).statusCode).toBe(201);
      const limited = await send();
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('simultaneous requests from one address never get more than the allowance', async () => {
      const ip = freshIp();
      const ciphertext = await encryptAnswers({ burst: true });
      await Promise.all(Array.from({ length: 6 }, () => t.app.inject('/api/health')));
      const responses = await Promise.all(
        Array.from({ length: 12 }, (_, i) => putSubmission((i % 2 ? second : t).app, uuidv7(), { formId: 'moving-notice', ciphertext }, undefined, { remoteAddress: ip })),
      );
      expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(3);
      expect(responses.filter((r) => r.statusCode === 429)).toHaveLength(9);
    });
  });

  describe('kiosks', () => {
    it('a kiosk flushing 50 queued submissions after an outage gets through, where an anonymous address is held back', async () => {
      const defaults = await buildTestApp(database, { scratch: t.scratch, forms: FORMS, now: clock.now, submissionLimits: DEFAULT_SUBMISSION_LIMITS });
      try {
        const deviceToken = await enrolKiosk(defaults.app, admin, 'onahama-shisho-01');
        const ip = freshIp();
        const ciphertext = await encryptAnswers({ queued: true });
        const kiosk = [];
        const anonymous = [];
        for (let i = 0; i < 50; i++) {
          kiosk.push((await putSubmission(defaults.app, uuidv7(), { formId: 'moving-notice', ciphertext }, undefined, { remoteAddress: ip, headers: { authorization: `Bearer ${deviceToken}` } })).statusCode);
          anonymous.push((await putSubmission(defaults.app, uuidv7(), { formId: 'moving-notice', ciphertext }, undefined, { remoteAddress: ip })).statusCode);
        }
        expect(kiosk.every((status) => status === 201)).toBe(true);
        expect(anonymous.filter((status) => status === 201)).toHaveLength(DEFAULT_SUBMISSION_LIMITS.perIp.requests);
        expect(anonymous.at(-1)).toBe(429);
      } finally {
        await defaults.close();
      }
    });

    it('a revoked kiosk is refused with 401 revoked and nothing is stored', async () => {
      const deviceToken = await enrolKiosk(t.app, admin, 'taira-library');
      const headers = { authorization: `Bearer ${deviceToken}` };
      const before = await putSubmission(t.app, uuidv7(), { formId: 'moving-notice', ciphertext: await encryptAnswers({}) }, undefined, { remoteAddress: freshIp(), headers });
      expect(before.statusCode).toBe(201);

      expect((await admin.request({ method: 'POST', url: '/api/staff/kiosks/taira-library/revoke' })).statusCode).toBe(200);
      const id = uuidv7();
      const after = await putSubmission(second.app, id, { formId: 'moving-notice', ciphertext: await encryptAnswers({}) }, undefined, { remoteAddress: freshIp(), headers });
      expect(after.statusCode).toBe(401);
      expect(after.json()).toMatchObject({ error: { code: 'revoked' } });
      expect(await stored(t, id)).toBeUndefined();
    });

    it('a device token nobody issued is refused with 401', async () => {
      const id = uuidv7();
      const res = await putSubmission(t.app, id, { formId: 'moving-notice', ciphertext: await encryptAnswers({}) }, undefined, {
        remoteAddress: freshIp(),
        headers: { authorization: `Bearer ${'A'.repeat(43)}` },
      });
      expect(res.statusCode).toBe(401);
      expect(await stored(t, id)).toBeUndefined();
    });
  });

  it('buckets that have filled up again are swept from the database', async () => {
    const count = async () => Number((await t.app.db.selectFrom('rate_buckets').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    // A bucket of its own, whatever ran before.
    expect((await putSubmission(t.app, uuidv7(), { formId: 'moving-notice', ciphertext: await encryptAnswers({}) }, undefined, { remoteAddress: freshIp() })).statusCode).toBe(201);
    expect(await count()).toBeGreaterThan(0);
    clock.advance(10 * 60_000);
    await t.app.rateBuckets.sweep();
    expect(await count()).toBe(0);
  });
});
