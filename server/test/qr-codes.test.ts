import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createHash, webcrypto } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesToBase64Url } from '../../contract/qr/base64url.js';
import { verifyFormQr } from '../../contract/qr/qr-signature.js';
import type { QrForm } from '../../contract/qr/qr-payload.js';
import { importQrSigningKey } from '../src/lib/qr-signing-key.js';
import type { QrSigningKey } from '../src/lib/qr-signing-key.js';
import { buildTestApp } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { createStaff, login } from './helpers/staff.js';
import type { StaffClient } from './helpers/staff.js';

const roadLightReport = JSON.parse(readFileSync(new URL('../../content/forms/road-light-report.json', import.meta.url), 'utf8')) as QrForm;
const form = roadLightReport;

async function newKey(): Promise<QrSigningKey> {
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  return importQrSigningKey(await webcrypto.subtle.exportKey('jwk', pair.privateKey), 'test');
}

/** A served pack as the content build leaves it: a manifest naming content-addressed objects. */
async function writePack(documents: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'madoguchi-qr-pack-'));
  await mkdir(join(dir, 'objects'));
  const files = [];
  for (const [path, value] of Object.entries(documents)) {
    const text = JSON.stringify(value);
    const sha256 = createHash('sha256').update(text).digest('hex');
    await writeFile(join(dir, 'objects', `${sha256}.json`), text);
    files.push({ path, sha256, bytes: Buffer.byteLength(text) });
  }
  await writeFile(join(dir, 'manifest.json'), JSON.stringify({ version: 'test', createdAt: new Date().toISOString(), files }));
  return dir;
}

describe.shuffle.each(testDatabases)('signing a notice\'s QR code on $name', (database) => {
  let t: TestApp;
  let admin: StaffClient;
  let staff: StaffClient;
  let key: QrSigningKey;

  beforeAll(async () => {
    key = await newKey();
    const packsDir = await writePack({ 'forms/road-light-report.json': { def: roadLightReport, publicKey: {}, ruby: {} }, 'keys/qr-signing.json': key.publicJwk });
    t = await buildTestApp(database, { packsDir, qrSigningKey: async () => key });
    await createStaff(t.app, 'sato', 'admin');
    await createStaff(t.app, 'kato');
    admin = await login(t.app, 'sato');
    staff = await login(t.app, 'kato');
  });
  afterAll(() => t.close());

  const sign = (client: StaffClient, payload: unknown) => client.request({ method: 'POST', url: '/api/staff/qr-codes', payload: payload as Record<string, unknown> });

  it('an admin gets a link that a device with the served pack accepts, and the signing is audited', async () => {
    const res = await sign(admin, { formId: 'road-light-report', prefill: { lightNumber: 'IW-12345' } });
    expect(res.statusCode).toBe(201);
    const { url, kid } = res.json<{ url: string; kid: string }>();
    expect(kid).toBe(key.publicJwk.kid);
    expect(url).toMatch(/^http:\/\/localhost\/f\/road-light-report\?prefill=[\w-]+&sig=[\w-]{86}$/);
    expect(await verifyFormQr(url, 'http://localhost', [form], key.publicJwk)).toEqual({
      ok: true, formId: 'road-light-report', prefill: { lightNumber: 'IW-12345' }, signature: 'valid',
    });
    const [event] = await t.app.audit.list(1);
    expect(event).toMatchObject({ actor: 'sato', action: 'qr.sign', target: 'road-light-report', detail: { fields: ['lightNumber'], kid } });
    expect(event?.detail?.urlSha256).toBe(createHash('sha256').update(url).digest('hex'));
  });

  it('staff who are not admins, and strangers, cannot sign', async () => {
    expect((await sign(staff, { formId: 'road-light-report' })).statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/staff/qr-codes', payload: { formId: 'road-light-report' } });
    expect(anonymous.statusCode).toBe(401);
    expect((await t.app.audit.list(50)).filter((e) => e.action === 'qr.sign' && e.actor !== 'sato')).toEqual([]);
  });

  it.each([
    ['a form id that is a path', { formId: '../manifest' }],
    ['an empty value', { formId: 'road-light-report', prefill: { lightNumber: '' } }],
    ['a value that is too long', { formId: 'road-light-report', prefill: { lightNumber: 'x'.repeat(201) } }],
    ['a value that is not text', { formId: 'road-light-report', prefill: { lightNumber: { text: 'x' } } }],
    ['too many fields', { formId: 'road-light-report', prefill: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}`, 'x'])) }],
  ])('refuses %s with 400', async (_name, payload) => {
    const res = await sign(admin, payload);
    expect([res.statusCode, res.json<{ error: { code: string } }>().error.code]).toEqual([400, 'invalid_request']);
  });

  it('refuses a form the pack does not have, and a field a device would refuse, and signs neither', async () => {
    const unknown = await sign(admin, { formId: 'tax-refund' });
    expect([unknown.statusCode, unknown.json<{ error: { code: string } }>().error.code]).toEqual([422, 'unknown_form']);
    for (const prefill of [{ details: '消えています' }, { 'light number': 'x' }]) {
      const refused = await sign(admin, { formId: 'road-light-report', prefill });
      expect([refused.statusCode, refused.json<{ error: { code: string } }>().error.code]).toEqual([422, 'qr_refused']);
    }
    expect((await t.app.audit.list(50)).filter((e) => e.action === 'qr.sign' && e.target !== 'road-light-report')).toEqual([]);
  });

  it('refuses to sign with a key the served pack does not carry: every device would refuse the code', async () => {
    const other = await newKey();
    const packsDir = await writePack({ 'forms/road-light-report.json': { def: roadLightReport, publicKey: {}, ruby: {} }, 'keys/qr-signing.json': other.publicJwk });
    const mismatched = await buildTestApp(database, { packsDir, qrSigningKey: async () => key, scratch: t.scratch });
    try {
      const res = await (await login(mismatched.app, 'sato')).request({ method: 'POST', url: '/api/staff/qr-codes', payload: { formId: 'road-light-report' } });
      expect([res.statusCode, res.json<{ error: { code: string } }>().error.code]).toEqual([409, 'qr_key_mismatch']);
    } finally {
      await mismatched.close();
    }
  });

  it('says so when this server has no QR key', async () => {
    const keyless = await buildTestApp(database, { packsDir: await writePack({ 'forms/road-light-report.json': { def: roadLightReport } }), scratch: t.scratch });
    try {
      const res = await (await login(keyless.app, 'sato')).request({ method: 'POST', url: '/api/staff/qr-codes', payload: { formId: 'road-light-report' } });
      expect([res.statusCode, res.json<{ error: { code: string } }>().error.code]).toEqual([503, 'qr_key_missing']);
    } finally {
      await keyless.close();
    }
  });

  it('a link with a forged signature is what a device refuses: the signature really covers the words', async () => {
    const { url } = (await sign(admin, { formId: 'road-light-report', prefill: { lightNumber: 'IW-1' } })).json<{ url: string }>();
    const forged = url.replace(/sig=[\w-]+$/, `sig=${bytesToBase64Url(webcrypto.getRandomValues(new Uint8Array(64)))}`);
    expect(await verifyFormQr(forged, 'http://localhost', [form], key.publicJwk)).toEqual({ ok: false, reason: 'bad-signature' });
  });
});
