import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { enrolKiosk } from './helpers/kiosks.js';
import { createStaff, login } from './helpers/staff.js';
import type { StaffClient } from './helpers/staff.js';
import { encryptAnswers, protectedHeaderOf, uuidv7, withProtectedHeader } from './helpers/submissions.js';

// Property: whatever a client sends to the API, the server answers below 500. A 5xx is a
// bug (an input we did not think of reached code that trusted it), and to the outbox it
// means "try again forever". A modest number of cases runs in `npm test`; FUZZ_RUNS raises it.
const RUNS = Number(process.env.FUZZ_RUNS) || 150;

const b64 = (text: string) => Buffer.from(text).toString('base64url');

describe.shuffle.each(testDatabases)('API fuzz on $name', (database) => {
  let t: TestApp;
  let staff: StaffClient;
  let deviceToken: string;
  let goodJwe: string;
  beforeAll(async () => {
    t = await buildTestApp(database);
    await createStaff(t.app, 'sato', 'admin');
    staff = await login(t.app, 'sato');
    deviceToken = await enrolKiosk(t.app, staff, 'fuzz-kiosk');
    goodJwe = await encryptAnswers({ name: 'いわき' });
  });
  afterAll(() => t.close());

  const id = fc.oneof(fc.uuid({ version: 7 }), fc.constant(uuidv7()), fc.string({ maxLength: 40 }), fc.constant('..%2f..'), fc.constant('%00'));
  const path = fc.oneof(
    fc.constantFrom('/api/health', '/api/notices', '/api/kiosks/enrol', '/api/kiosks/heartbeat', '/api/kiosks/notices'),
    fc.constantFrom('/api/staff/login', '/api/staff/me', '/api/staff/submissions', '/api/staff/kiosks', '/api/staff/notices', '/api/staff/audit'),
    id.map((x) => `/api/submissions/${encodeURIComponent(x)}`),
    id.map((x) => `/api/staff/submissions/${encodeURIComponent(x)}`),
    id.map((x) => `/api/staff/submissions/${encodeURIComponent(x)}/processed`),
    id.map((x) => `/api/staff/notices/${encodeURIComponent(x)}`),
    id.map((x) => `/api/staff/kiosks/${encodeURIComponent(x)}/revoke`),
    fc.webPath().map((p) => `/api${p}`),
  );
  const query = fc.oneof(
    fc.constant(''),
    fc.dictionary(fc.constantFrom('limit', 'cursor', 'formId', 'status', 'from', 'to', 'action', 'x'), fc.oneof(fc.string({ maxLength: 30 }), fc.integer().map(String))).map(
      (q) => `?${new URLSearchParams(q).toString()}`,
    ),
  );
  // Protected headers a forger might try, on an otherwise real JWE.
  const header = fc.record(
    {
      alg: fc.oneof(fc.constantFrom('ECDH-ES+A256KW', 'none', 'dir', 'ECDH-ES', 'RSA-OAEP'), fc.string(), fc.integer(), fc.constant(null)),
      enc: fc.oneof(fc.constantFrom('A256GCM', 'A128GCM'), fc.string(), fc.constant(null)),
      kid: fc.oneof(fc.constantFrom('shimin-2026', 'kankyo-2026'), fc.string(), fc.integer()),
      epk: fc.oneof(fc.constant(null).map(() => protectedHeaderOf(goodJwe).epk), fc.jsonValue(), fc.record({ kty: fc.string(), crv: fc.string(), x: fc.string(), y: fc.string() })),
      zip: fc.string(),
      crit: fc.jsonValue(),
    },
    { requiredKeys: [] },
  );
  const ciphertext = fc.oneof(
    fc.string(),
    fc.constant('a.b.c.d.e'),
    header.map((h) => withProtectedHeader(goodJwe, h)),
    fc.jsonValue().map((v) => `${b64(JSON.stringify(v))}.${goodJwe.split('.').slice(1).join('.')}`),
    fc.array(fc.base64String({ maxLength: 40 }), { minLength: 5, maxLength: 5 }).map((parts) => parts.join('.').replace(/[+/=]/g, '_')),
  );
  const submission = fc.oneof(
    { arbitrary: fc.record({ formId: fc.constantFrom('moving-notice', 'bulky-waste-pickup', 'no-such-form'), ciphertext }), weight: 4 },
    { arbitrary: fc.record({ formId: fc.oneof(fc.constantFrom('moving-notice'), fc.string()), ciphertext }, { requiredKeys: [] }), weight: 1 },
    { arbitrary: fc.jsonValue(), weight: 1 },
  );
  const body = fc.oneof(
    submission,
    fc.jsonValue(),
    fc.string(),
    fc.record({ username: fc.string(), password: fc.string() }),
    fc.record({ kioskId: fc.string(), enrolmentToken: fc.string(), siteName: fc.string() }),
    fc.record({ severity: fc.constantFrom('info', 'warning', 'emergency', 'x'), message: fc.jsonValue(), targets: fc.jsonValue(), expiresAt: fc.oneof(fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString())), fc.string()) }, { requiredKeys: [] }),
  );
  // Mostly the real routes with JSON, so the cases get past routing into our own code; some
  // of everything else, so odd methods, types and paths are tried too.
  const routed = fc.oneof(
    fc.record({ method: fc.constant('PUT'), path: id.map((x) => `/api/submissions/${encodeURIComponent(x)}`), body: submission }),
    fc.record({ method: fc.constant('PUT'), path: fc.uuid({ version: 7 }).map((x) => `/api/submissions/${x}`), body: submission }),
    fc.record({ method: fc.constant('POST'), path: fc.constantFrom('/api/kiosks/enrol', '/api/kiosks/heartbeat', '/api/staff/login', '/api/staff/kiosks', '/api/staff/notices'), body }),
    fc.record({ method: fc.constant('POST'), path: id.map((x) => `/api/staff/submissions/${encodeURIComponent(x)}/processed`), body }),
    fc.record({ method: fc.constantFrom('GET', 'DELETE'), path, body: fc.constant(undefined) }),
  );
  const anything = fc.record({ method: fc.constantFrom('GET', 'HEAD', 'PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS'), path, body: fc.option(body, { nil: undefined }) });
  const request = fc.record({
    target: fc.oneof({ arbitrary: routed, weight: 4 }, { arbitrary: anything, weight: 1 }),
    query,
    contentType: fc.oneof(
      { arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8'), weight: 6 },
      { arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'), weight: 1 },
      { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
    ),
    asStaff: fc.boolean(),
    authorization: fc.oneof(fc.constant(undefined), fc.constant('kiosk'), fc.string({ maxLength: 60 })),
  });

  it(`answers ${RUNS} random requests without a single 5xx`, async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const headers: Record<string, string> = { 'content-type': r.contentType.replace(/[\r\n]/g, '') };
        if (r.authorization !== undefined) headers.authorization = r.authorization === 'kiosk' ? `Bearer ${deviceToken}` : `Bearer ${r.authorization.replace(/[\r\n]/g, '')}`;
        if (r.asStaff) Object.assign(headers, { cookie: staff.cookie, 'x-csrf-token': staff.csrfToken });
        const { method, path: url, body: payload } = r.target;
        const options: InjectOptions = { method: method as InjectOptions['method'], url: `${url}${r.query}`, headers };
        if (payload !== undefined && method !== 'GET' && method !== 'HEAD') options.payload = typeof payload === 'string' ? payload : JSON.stringify(payload);
        let res;
        try {
          res = await t.app.inject(options);
        } catch (error) {
          // inject refuses some headers itself (invalid characters): not the server's answer.
          if (error instanceof TypeError || (error as { code?: string }).code === 'ERR_INVALID_CHAR') return;
          throw error;
        }
        expect(res.statusCode, `${method} ${url}${r.query} → ${res.body.slice(0, 200)}`).toBeLessThan(500);
      }),
      { numRuns: database.name === 'sqlite' ? RUNS : Math.ceil(RUNS / 2) },
    );
  });

  it(`gives a receipt to no JWE whose protected header is not the app's (${RUNS} forged headers)`, async () => {
    const expected = protectedHeaderOf(goodJwe);
    const forged = fc
      .record({ alg: header, drop: fc.subarray(['alg', 'enc', 'kid', 'epk']) })
      .map(({ alg: changes, drop }) => {
        const h: Record<string, unknown> = { ...expected, ...changes };
        for (const key of drop) delete h[key];
        return h;
      })
      .filter((h) => !(h.alg === expected.alg && h.enc === expected.enc && h.kid === expected.kid && JSON.stringify(h.epk) === JSON.stringify(expected.epk) && !('zip' in h) && !('crit' in h)));
    await fc.assert(
      fc.asyncProperty(forged, async (h) => {
        const res = await t.app.inject({
          method: 'PUT',
          url: `/api/submissions/${uuidv7()}`,
          headers: { 'content-type': 'application/json' },
          payload: { formId: 'moving-notice', ciphertext: withProtectedHeader(goodJwe, h) },
        });
        expect(res.statusCode, JSON.stringify(h)).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
      }),
      { numRuns: database.name === 'sqlite' ? RUNS : Math.ceil(RUNS / 2) },
    );
  });
});
