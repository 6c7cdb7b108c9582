import type { ShelterChangeBody } from '../../../../contract/api/shelters';
import type { QueuedShelterChange } from '../../../runtime/shelters/shelter-types';
import { staffApi } from '../api/staff-api';
import { createShelterQueue, type QueueStore } from './shelter-queue';

async function settings() {
  return import('../../../db/settings');
}

/** The queue lives in the app database, so a change survives a reload or a flat battery. */
const databaseStore: QueueStore = {
  async read() {
    const stored = await (await settings()).readSetting('shelterQueue');
    return Array.isArray(stored) ? (stored as QueuedShelterChange[]).filter((i) => typeof i?.id === 'string' && !!i.body) : [];
  },
  async write(items) {
    const result = await (await settings()).writeSetting('shelterQueue', items);
    if (!result.ok) throw new Error(result.error.kind);
  },
};

const queue = createShelterQueue(databaseStore, (id, body) => staffApi.setShelterStatus(id, body));
let timer: ReturnType<typeof setTimeout> | undefined;
let started = false;

async function flushAndSchedule(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = undefined;
  const due = await queue.flush().catch(() => Date.now() + 30_000);
  if (due !== undefined) timer = setTimeout(() => void flushAndSchedule(), Math.max(1_000, due - Date.now()));
}

/** Loads what an earlier visit left unsent and sends it: on opening the screen, and whenever the network returns. */
export function startShelterQueue(): void {
  if (started) return;
  started = true;
  window.addEventListener('online', () => void flushAndSchedule());
  void queue.load().then(flushAndSchedule);
}

/** Staff pressed a state: kept first, then sent as soon as the network allows. */
export async function setShelterState(body: ShelterChangeBody): Promise<void> {
  await queue.add(body);
  await flushAndSchedule();
}
