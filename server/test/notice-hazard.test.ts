import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hazards } from '../../contract/hazards.js';
import { buildTestApp, testClock } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { enrolKiosk, heartbeat } from './helpers/kiosks.js';
import { createStaff, login } from './helpers/staff.js';
import type { StaffClient } from './helpers/staff.js';

interface Notice {
  id: string;
  hazard?: string;
}

const HOUR = 60 * 60 * 1000;

// A staff notice may name its hazard, so disaster mode opens the evacuation list with it
// chosen, as it does for the pack's alerts.
describe.shuffle.each(testDatabases)('a notice’s hazard on $name', (database) => {
  const clock = testClock(new Date());
  let t: TestApp;
  let staff: StaffClient;
  let kiosk: string;
  const expiresAt = () => new Date(clock.now().getTime() + HOUR).toISOString();

  beforeAll(async () => {
    t = await buildTestApp(database, { now: clock.now });
    await createStaff(t.app, 'sato', 'admin');
    staff = await login(t.app, 'sato');
    kiosk = await enrolKiosk(t.app, staff, 'kiosk-a');
  });
  afterAll(() => t.close());

  const post = (body: Record<string, unknown>) =>
    staff.request({ method: 'POST', url: '/api/staff/notices', payload: { targets: 'all', expiresAt: expiresAt(), ...body } });
  const byId = (notices: Notice[], id: string) => notices.find((n) => n.id === id);

  let tsunami: Notice;
  let closure: Notice;

  it('a tsunami notice keeps its hazard on the staff console, every phone and every kiosk', async () => {
    const res = await post({ severity: 'emergency', hazard: 'tsunami', message: { ja: '津波警報が発表されました' } });
    expect(res.statusCode).toBe(201);
    tsunami = res.json<Notice>();
    expect(tsunami.hazard).toBe('tsunami');

    const staffList = (await staff.request({ url: '/api/staff/notices' })).json<{ notices: Notice[] }>().notices;
    const publicList = (await t.app.inject('/api/notices')).json<{ notices: Notice[] }>().notices;
    const kioskList = (await heartbeat(t.app, kiosk)).json<{ notices: Notice[] }>().notices;
    for (const list of [staffList, publicList, kioskList]) expect(byId(list, tsunami.id)?.hazard).toBe('tsunami');
  });

  it('a notice that names no hazard is read back without one', async () => {
    const res = await post({ severity: 'info', message: { ja: '本日は17時で閉館します' } });
    expect(res.statusCode).toBe(201);
    closure = res.json<Notice>();
    expect(closure).not.toHaveProperty('hazard');
    const publicList = (await t.app.inject('/api/notices')).json<{ notices: Notice[] }>().notices;
    expect(byId(publicList, closure.id)).not.toHaveProperty('hazard');
    const row = await t.app.db.selectFrom('kiosk_notices').select('hazard').where('id', '=', closure.id).executeTakeFirstOrThrow();
    expect(row.hazard).toBeNull();
  });

  it('every hazard the app knows is accepted', async () => {
    for (const hazard of hazards) {
      expect((await post({ severity: 'warning', hazard, message: { ja: 'x' } })).statusCode).toBe(201);
    }
  });

  it.each([
    ['a hazard the app does not know', 'meteor'],
    ['a hazard in Japanese rather than its code', '津波'],
    ['an empty hazard', ''],
    ['a null hazard', null],
  ])('refuses %s with a 400 that names the field', async (_label, hazard) => {
    const res = await post({ severity: 'emergency', hazard, message: { ja: 'x' } });
    expect(res.statusCode).toBe(400);
    const { error } = res.json<{ error: { code: string; message: string } }>();
    expect(error.code).toBe('invalid_request');
    // Says which field and what it may be, so whoever scripts the API can fix the call.
    expect(error.message).toBe(`body/hazard must be one of: ${hazards.join(', ')}`);
  });

  it('the audit log records the hazard posted', async () => {
    const res = await post({ severity: 'emergency', hazard: 'tsunami', message: { ja: '津波注意報が発表されました' } });
    expect(res.statusCode).toBe(201);
    const { id } = res.json<Notice>();
    const row = await t.app.db.selectFrom('audit_events').select('detail').where('target', '=', id).executeTakeFirstOrThrow();
    expect(JSON.parse(row.detail ?? '{}')).toMatchObject({ hazard: 'tsunami' });
  });
});
