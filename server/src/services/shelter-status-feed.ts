import type { ShelterStatus } from '../../../contract/api/shelters.js';

/** How often each server reads the statuses while kiosks listen: well inside the promised 10 s. */
export const SHELTER_POLL_MS = 2_000;
/** Open streams one server holds at most; a kiosk refused falls back to polling. */
export const MAX_SHELTER_STREAMS = 2_000;

export type ShelterListener = (statuses: ShelterStatus[]) => void;

export interface ShelterStatusFeed {
  /** Calls `listener` with every new list until the returned function is called; undefined when full. */
  subscribe(listener: ShelterListener): (() => void) | undefined;
  /** This server changed a status: read now rather than at the next poll. */
  poke(): void;
  close(): void;
}

/**
 * Pushes status changes to this server's open streams, whichever server took the change.
 * Each server reads the table itself (every SHELTER_POLL_MS, only while someone listens)
 * and sends the list when it differs from the last one it saw: several servers on one
 * PostgreSQL, or a restarted one, need no message bus between them, and a server that
 * missed a moment still converges on the database's truth.
 */
export function createShelterStatusFeed(
  load: () => Promise<ShelterStatus[]>,
  { pollMs = SHELTER_POLL_MS, maxListeners = MAX_SHELTER_STREAMS, onError = () => undefined }: { pollMs?: number; maxListeners?: number; onError?: (error: unknown) => void } = {},
): ShelterStatusFeed {
  const listeners = new Set<ShelterListener>();
  let last: string | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let reading: Promise<void> | undefined;
  let again = false;

  async function read(): Promise<void> {
    const statuses = await load();
    const text = JSON.stringify(statuses);
    if (text === last) return;
    last = text;
    for (const listener of listeners) listener(statuses);
  }

  /** One read at a time; a poke during a read makes one more after it. */
  function check(): void {
    if (reading) {
      again = true;
      return;
    }
    reading = read().catch(onError).finally(() => {
      reading = undefined;
      if (again) {
        again = false;
        check();
      }
    });
  }

  return {
    subscribe(listener) {
      if (listeners.size >= maxListeners) return undefined;
      listeners.add(listener);
      timer ??= setInterval(check, pollMs);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer) {
          clearInterval(timer);
          timer = undefined;
          // Nobody saw the lists meanwhile: the next listener's first read must be sent.
          last = undefined;
        }
      };
    },
    poke() {
      if (listeners.size > 0) check();
    },
    close() {
      if (timer) clearInterval(timer);
      timer = undefined;
      listeners.clear();
    },
  };
}
