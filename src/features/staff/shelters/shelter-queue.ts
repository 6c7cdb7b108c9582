import { signal } from '@preact/signals';
import type { ShelterChangeBody } from '../../../../contract/api/shelters';
import { uuidv7 } from '../../../lib/forms/uuidv7';
import type { QueuedShelterChange } from '../../../runtime/shelters/shelter-types';
import type { ApiResult } from '../api/http';
import { afterAttempt } from './delivery-policy';

/** Where the queue is kept: the app database on a real phone, memory in tests. */
export interface QueueStore {
  read(): Promise<QueuedShelterChange[]>;
  write(items: QueuedShelterChange[]): Promise<void>;
}

export type Send = (id: string, body: ShelterChangeBody) => Promise<ApiResult<unknown>>;

/** Changes not yet delivered, for the screen ("2 waiting to be sent"). */
export const pendingChanges = signal<QueuedShelterChange[]>([]);
/** The last change the server refused for good, so staff see it and set it again. */
export const refusedChange = signal<{ body: ShelterChangeBody; code: string } | undefined>(undefined);

const lockName = 'madoguchi-shelter-queue';
let chain: Promise<unknown> = Promise.resolve();

/** One reader-writer at a time, across tabs where Web Locks exist: a change is never lost or sent by two. */
function withLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks && typeof locks.request === 'function') return locks.request(lockName, () => task());
  const run = chain.then(task, task);
  chain = run.catch(() => undefined);
  return run;
}

export interface ShelterQueue {
  /** Keeps the change first (so a closed tab or a dead battery does not lose it), then tries to send. */
  add(body: ShelterChangeBody): Promise<string>;
  /** Sends what is due; returns when the next attempt is due (ms), if anything is left. */
  flush(): Promise<number | undefined>;
  load(): Promise<void>;
}

export function createShelterQueue(store: QueueStore, send: Send, now: () => number = Date.now): ShelterQueue {
  async function add(body: ShelterChangeBody): Promise<string> {
    const id = uuidv7();
    await withLock(async () => {
      const items = [...(await store.read()), { id, body, attempts: 0, notBefore: 0 }];
      await store.write(items);
      pendingChanges.value = items;
    });
    return id;
  }

  async function flush(): Promise<number | undefined> {
    return withLock(async () => {
      const items = await store.read();
      const left: QueuedShelterChange[] = [];
      for (const item of items) {
        if (item.notBefore > now()) {
          left.push(item);
          continue;
        }
        const result = await send(item.id, item.body);
        const next = afterAttempt(item, result.ok ? undefined : result.error, now());
        if (next.kind === 'retry') left.push(next.item);
        if (next.kind === 'refused') refusedChange.value = { body: item.body, code: next.code };
        // Written after every answer: a tab closed mid-flush neither loses nor resends more than one.
        await store.write([...left, ...items.slice(items.indexOf(item) + 1)]);
      }
      pendingChanges.value = left;
      return left.length > 0 ? Math.min(...left.map((i) => i.notBefore)) : undefined;
    });
  }

  async function load(): Promise<void> {
    pendingChanges.value = await store.read();
  }

  return { add, flush, load };
}
