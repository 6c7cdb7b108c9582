import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { enrol } from './helpers/kiosks.js';
import { createStaff, login } from './helpers/staff.js';
import type { StaffClient } from './helpers/staff.js';

/**
 * The operator's ENROLMENTS_PER_IP_PER_MINUTE reaches the enrolment endpoint, and an attempt
 * refused for the limit leaves its token unused: the terminal can try again later.
 */
describe.shuffle.each(testDatabases)('the kiosk enrolment limit on $name', (database) => {
  let t: TestApp;
  let admin: StaffClient;

  beforeAll(async () => {
    t = await buildTestApp(database, { env: { ENROLMENTS_PER_IP_PER_MINUTE: '2' } });
    await createStaff(t.app, 'sato', 'admin');
    admin = await login(t.app, 'sato');
  });
  afterAll(() => t.close());

  const issue = async (kioskId: string): Promise<string> => {
    const res = await admin.request({ method: 'POST', url: '/api/staff/kiosks', payload: { kioskId, siteName: '四倉支所' } });
    expect(res.statusCode).toBe(201);
    return res.json<{ enrolmentToken: string }>().enrolmentToken;
  };

  it('past the configured attempts one address gets 429 with Retry-After, and the token still enrols from elsewhere', async () => {
    const office = '203.0.113.40';
    expect((await enrol(t.app, 'yotsukura-01', await issue('yotsukura-01'), office)).statusCode).toBe(200);
    expect((await enrol(t.app, 'yotsukura-02', await issue('yotsukura-02'), office)).statusCode).toBe(200);
    const third = await issue('yotsukura-03');
    const refused = await enrol(t.app, 'yotsukura-03', third, office);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await enrol(t.app, 'yotsukura-03', third, '203.0.113.41')).statusCode).toBe(200);
  });
});
