import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { PASSWORD, createStaff, login } from './helpers/staff.js';
import type { StaffClient } from './helpers/staff.js';
import { encryptAnswers, keyIdOf, putSubmission, uuidv7 } from './helpers/submissions.js';

interface Summary {
  id: string;
  formId: string;
}

// moving-notice belongs to 市民課 (shimin), bulky-waste-pickup to kankyo (helpers/app.ts).
describe.shuffle.each(testDatabases)('departments in the staff console on $name', (database) => {
  let t: TestApp;
  let admin: StaffClient;
  let shimin: StaffClient;
  let kankyo: StaffClient;
  let nobody: StaffClient;
  const byForm: Record<string, string[]> = { 'moving-notice': [], 'bulky-waste-pickup': [] };

  beforeAll(async () => {
    t = await buildTestApp(database);
    await createStaff(t.app, 'sato', 'admin', PASSWORD, []);
    await createStaff(t.app, 'kato', 'staff', PASSWORD, ['shimin']);
    await createStaff(t.app, 'endo', 'staff', PASSWORD, ['kankyo']);
    await createStaff(t.app, 'ito', 'staff', PASSWORD, []);
    admin = await login(t.app, 'sato');
    shimin = await login(t.app, 'kato');
    kankyo = await login(t.app, 'endo');
    nobody = await login(t.app, 'ito');
    for (const formId of ['moving-notice', 'bulky-waste-pickup', 'moving-notice']) {
      const id = uuidv7();
      expect((await putSubmission(t.app, id, { formId, ciphertext: await encryptAnswers({ formId }, keyIdOf(formId)) })).statusCode).toBe(201);
      byForm[formId]?.push(id);
    }
  });
  afterAll(() => t.close());

  const listed = async (client: StaffClient, query = '') => {
    const res = await client.request({ url: `/api/staff/submissions${query}` });
    expect(res.statusCode).toBe(200);
    return res.json<{ items: Summary[] }>().items.map((item) => item.formId);
  };

  it('staff list only their departments’ forms; administrators list all', async () => {
    expect(await listed(shimin)).toEqual(['moving-notice', 'moving-notice']);
    expect(await listed(kankyo)).toEqual(['bulky-waste-pickup']);
    expect(await listed(nobody)).toEqual([]);
    expect((await listed(admin)).sort()).toEqual(['bulky-waste-pickup', 'moving-notice', 'moving-notice']);
  });

  it('asking for another department’s form by name lists nothing', async () => {
    expect(await listed(kankyo, '?formId=moving-notice')).toEqual([]);
  });

  it('another department’s submission cannot be opened or marked processed: it does not exist for them', async () => {
    const theirs = byForm['moving-notice']?.[0] ?? '';
    for (const res of [
      await kankyo.request({ url: `/api/staff/submissions/${theirs}` }),
      await kankyo.request({ method: 'POST', url: `/api/staff/submissions/${theirs}/processed` }),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'not_found' } });
    }
    const row = await t.app.db.selectFrom('submissions').select('status').where('id', '=', theirs).executeTakeFirstOrThrow();
    expect(row.status).toBe('received');
    expect((await shimin.request({ url: `/api/staff/submissions/${theirs}` })).statusCode).toBe(200);
    expect((await admin.request({ url: `/api/staff/submissions/${theirs}` })).statusCode).toBe(200);
  });

  it('a department change takes effect on the next request, without logging in again', async () => {
    const set = await t.app.staffUsers.setDepartments('ito', ['kankyo']);
    expect(set.ok).toBe(true);
    expect(await listed(nobody)).toEqual(['bulky-waste-pickup']);
    await t.app.staffUsers.setDepartments('ito', []);
    expect(await listed(nobody)).toEqual([]);
  });

  it('every listing and every export is in the audit log, with the filter and how many rows it showed', async () => {
    await listed(shimin, '?status=received');
    await shimin.request({ url: '/api/staff/submissions?formId=moving-notice&purpose=export' });
    const rows = await t.app.db
      .selectFrom('audit_events')
      .select(['action', 'detail'])
      .where('actor', '=', 'kato')
      .where('action', 'in', ['submission.list', 'submission.export'])
      .orderBy('id')
      .execute();
    const events = rows.map((row) => ({ action: row.action, ...(JSON.parse(row.detail ?? '{}') as object) }));
    expect(events).toContainEqual(expect.objectContaining({ action: 'submission.list', status: 'received', count: 2 }));
    expect(events.at(-1)).toEqual(expect.objectContaining({ action: 'submission.export', formId: 'moving-notice', count: 2 }));
  });
});
