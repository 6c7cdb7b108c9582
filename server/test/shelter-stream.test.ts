import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHELTER_STATUS_EVENT } from '../../contract/api/shelters.js';
import type { ShelterStatusList } from '../../contract/api/shelters.js';
import { buildTestApp } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { startServerProcess } from './helpers/server-process.js';
import type { ServerProcess } from './helpers/server-process.js';
import { createStaff, login } from './helpers/staff.js';

/** Reads a Server-Sent Events stream and resolves the first shelter list that `accept` takes. */
function openStream(url: string) {
  const controller = new AbortController();
  const lists: ShelterStatusList[] = [];
  const waiters: Array<{ accept: (list: ShelterStatusList) => boolean; resolve: (list: ShelterStatusList) => void }> = [];
  const ready = fetch(url, { signal: controller.signal }).then(async (response) => {
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event !== SHELTER_STATUS_EVENT || !data) continue;
          const list = JSON.parse(data) as ShelterStatusList;
          lists.push(list);
          for (const w of [...waiters]) if (w.accept(list)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(list); }
        }
      }
    })();
  });
  return {
    ready,
    next(accept: (list: ShelterStatusList) => boolean): Promise<ShelterStatusList> {
      const seen = lists.find(accept);
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ accept, resolve }));
    },
    close: () => controller.abort(),
  };
}

const isFull = (siteId: string) => (list: ShelterStatusList) => list.statuses.some((s) => s.siteId === siteId && s.state === 'full');

describe.shuffle.each(testDatabases)('shelter status pushed by every server process on $name', (database) => {
  let a: TestApp;
  let aUrl: string;
  let b: ServerProcess;

  beforeAll(async () => {
    a = await buildTestApp(database);
    aUrl = await a.app.listen({ port: 0, host: '127.0.0.1' });
    // A second server, in its own process, on the same database: no memory shared with A.
    b = await startServerProcess(a.scratch);
    await createStaff(a.app, 'kato');
  }, 90_000);
  afterAll(async () => {
    await b?.stop();
    await a?.close();
  });

  it('a change taken by one process reaches kiosks streaming from the other within 10 s', async () => {
    const onB = openStream(`${b.url}/api/shelters/status/stream`);
    const onA = openStream(`${aUrl}/api/shelters/status/stream`);
    await Promise.all([onB.ready, onA.ready]);
    // Each stream starts with the list as it is.
    expect((await onB.next(() => true)).statuses).toEqual([]);

    const staff = await login(a.app, 'kato');
    const started = Date.now();
    const res = await staff.request({
      method: 'PUT', url: '/api/staff/shelters/status/01938a6e-0000-7000-8000-00000000000a',
      payload: { siteId: '07204400101', state: 'full', headcount: 300, setAt: new Date().toISOString() },
    });
    expect(res.statusCode).toBe(200);
    const [fromB] = await Promise.all([onB.next(isFull('07204400101')), onA.next(isFull('07204400101'))]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(fromB.statuses).toEqual([expect.objectContaining({ siteId: '07204400101', state: 'full', headcount: 300 })]);
    onA.close();
    onB.close();
  }, 30_000);
});
