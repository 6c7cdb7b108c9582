import { beforeEach, describe, expect, it } from 'vitest';
import type { ShelterChangeBody } from '../../../../contract/api/shelters';
import { err, ok } from '../../../lib/result';
import type { QueuedShelterChange } from '../../../runtime/shelters/shelter-types';
import type { ApiFailure, ApiResult } from '../api/http';
import { createShelterQueue, pendingChanges, refusedChange, type QueueStore } from './shelter-queue';

const FULL: ShelterChangeBody = { siteId: '07204400101', state: 'full', setAt: '2026-06-01T03:00:00.000Z' };

function memoryStore(): QueueStore & { items: QueuedShelterChange[] } {
  const store = {
    items: [] as QueuedShelterChange[],
    read: async () => structuredClone(store.items),
    write: async (items: QueuedShelterChange[]) => { store.items = structuredClone(items); },
  };
  return store;
}

/** A server behind a network that fails as told, applying each id once, as the real one does. */
function server(failures: Array<ApiFailure | 'lost-answer'>) {
  const applied = new Map<string, ShelterChangeBody>();
  const sends: string[] = [];
  const send = async (id: string, body: ShelterChangeBody): Promise<ApiResult<unknown>> => {
    sends.push(id);
    const failure = failures.shift();
    if (failure === 'lost-answer') {
      applied.set(id, body); // the server took it, the answer never reached the phone
      return err({ kind: 'network' });
    }
    if (failure) return err(failure);
    applied.set(id, body);
    return ok({});
  };
  return { applied, sends, send };
}

describe('the staff phone\'s queue of shelter status changes', () => {
  let clock = 0;
  beforeEach(() => {
    clock = 1_000_000;
    refusedChange.value = undefined;
  });

  it('keeps a change made offline and sends it once the network is back', async () => {
    const store = memoryStore();
    const net = server([{ kind: 'network' }]);
    const queue = createShelterQueue(store, net.send, () => clock);
    await queue.add(FULL);
    const due = await queue.flush();
    expect(store.items).toHaveLength(1);
    expect(pendingChanges.value).toHaveLength(1);
    expect(net.applied.size).toBe(0);
    expect(due).toBeGreaterThanOrEqual(clock);
    clock = due! + 1;
    expect(await queue.flush()).toBeUndefined();
    expect(store.items).toEqual([]);
    expect([...net.applied.values()]).toEqual([FULL]);
  });

  it('sends a change whose answer was lost again under the same id, so the server applies it once', async () => {
    const store = memoryStore();
    const net = server(['lost-answer']);
    const queue = createShelterQueue(store, net.send, () => clock);
    const id = await queue.add(FULL);
    clock = (await queue.flush())! + 1;
    await queue.flush();
    expect(net.sends).toEqual([id, id]);
    expect(net.applied.size).toBe(1);
    expect(store.items).toEqual([]);
  });

  it('keeps a change while the session has lapsed (401) and while the server is busy (503, Retry-After)', async () => {
    const store = memoryStore();
    const net = server([{ kind: 'http', status: 401, code: 'unauthorized' }, { kind: 'http', status: 503, code: 'x', retryAfterS: 120 }]);
    const queue = createShelterQueue(store, net.send, () => clock);
    await queue.add(FULL);
    clock = (await queue.flush())! + 1;
    const due = await queue.flush();
    expect(due! - clock).toBeGreaterThanOrEqual(120_000);
    expect(store.items).toHaveLength(1);
  });

  it('drops a change the server refuses for good, and says so', async () => {
    const store = memoryStore();
    const net = server([{ kind: 'http', status: 409, code: 'id_conflict' }]);
    const queue = createShelterQueue(store, net.send, () => clock);
    await queue.add(FULL);
    expect(await queue.flush()).toBeUndefined();
    expect(store.items).toEqual([]);
    expect(refusedChange.value).toEqual({ body: FULL, code: 'id_conflict' });
  });

  it('sends changes in the order they were made', async () => {
    const store = memoryStore();
    const net = server([]);
    const queue = createShelterQueue(store, net.send, () => clock);
    const first = await queue.add({ ...FULL, state: 'crowded' });
    const second = await queue.add(FULL);
    await queue.flush();
    expect(net.sends).toEqual([first, second]);
  });
});
