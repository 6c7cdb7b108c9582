import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CIPHERTEXT_LENGTH } from '../../contract/api/submissions.js';
import { buildTestApp } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { encryptAnswers, putSubmission, uuidv7 } from './helpers/submissions.js';

// Bad input is the client's problem: always a 4xx with a JSON error, never a 5xx, and
// nothing is stored.
describe.shuffle.each(testDatabases)('refused submissions on $name', (database) => {
  let t: TestApp;
  let ciphertext: string;
  beforeAll(async () => {
    t = await buildTestApp(database);
    ciphertext = await encryptAnswers({ name: 'いわき' });
  });
  afterAll(() => t.close());

  function expectJsonError(res: { statusCode: number; headers: Record<string, unknown>; json: () => unknown }, status: number, code: string) {
    expect(res.statusCode).toBe(status);
    expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
    expect(res.json()).toMatchObject({ error: { code, message: expect.any(String) } });
  }

  it('a non-JSON body is 415', async () => {
    const res = await putSubmission(t.app, uuidv7(), `moving-notice ${ciphertext}`, 'text/plain');
    expectJsonError(res, 415, 'unsupported_media_type');
  });

  it('a body without a content type is 415', async () => {
    const res = await t.app.inject({ method: 'PUT', url: `/api/submissions/${uuidv7()}`, payload: Buffer.from('{}') });
    expectJsonError(res, 415, 'unsupported_media_type');
  });

  it('an oversize body is 413', async () => {
    const huge = 'A'.repeat(11 * 1024 * 1024);
    const res = await putSubmission(t.app, uuidv7(), { formId: 'moving-notice', ciphertext: `${huge}..a.a.a` });
    expectJsonError(res, 413, 'payload_too_large');
  });

  it('a ciphertext over 8 MB is refused from its length, before it is read', async () => {
    const big = `eyJ..${'A'.repeat(MAX_CIPHERTEXT_LENGTH)}.a.a`;
    const res = await putSubmission(t.app, uuidv7(), { formId: 'moving-notice', ciphertext: big });
    expectJsonError(res, 413, 'payload_too_large');
  });

  it.each([
    ['not a uuid', 'hello'],
    ['a UUIDv4', '3b241101-e2bb-4255-8caf-4136c566a962'],
    ['upper case', uuidv7().toUpperCase()],
  ])('a bad id (%s) is 400', async (_label, id) => {
    const res = await putSubmission(t.app, id, { formId: 'moving-notice', ciphertext });
    expectJsonError(res, 400, 'invalid_request');
  });

  it.each([
    ['a form id that is not kebab-case', { formId: 'Moving_Notice', ciphertext: 'a.b.c.d.e' }],
    ['a form id over 64 characters', { formId: 'a'.repeat(65), ciphertext: 'a.b.c.d.e' }],
    ['a ciphertext that is not a compact JWE', { formId: 'moving-notice', ciphertext: 'plain text answers' }],
    ['a JWE with four parts', { formId: 'moving-notice', ciphertext: 'a.b.c.d' }],
    ['a missing ciphertext', { formId: 'moving-notice' }],
    ['a ciphertext that is a number', { formId: 'moving-notice', ciphertext: 42 }],
  ])('%s is 400', async (_label, body) => {
    const res = await putSubmission(t.app, uuidv7(), body);
    expectJsonError(res, 400, 'invalid_request');
  });

  it('malformed JSON is 400', async () => {
    const res = await putSubmission(t.app, uuidv7(), '{"formId": "moving-notice", ');
    expectJsonError(res, 400, 'bad_request');
  });

  it('an empty JSON body is 400', async () => {
    const res = await putSubmission(t.app, uuidv7(), '');
    expectJsonError(res, 400, 'bad_request');
  });

  it('nothing is stored for any refused request', async () => {
    const rows = await t.app.db.selectFrom('submissions').select('id').execute();
    expect(rows).toEqual([]);
  });

  it('an unknown route under /api is a JSON 404', async () => {
    for (const [method, url] of [['GET', '/api/nope'], ['POST', '/api/submissions'], ['DELETE', `/api/submissions/${uuidv7()}`]] as const) {
      const res = await t.app.inject({ method, url, headers: { accept: 'text/html' } });
      expectJsonError(res, 404, 'not_found');
    }
  });
});
