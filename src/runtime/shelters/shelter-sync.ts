import { SHELTER_STATUS_EVENT, type ShelterStatusList } from '../../../contract/api/shelters';
import { apiAnswer } from '../../lib/api/citizen-api';
import { knownShelterStatus, parseKnownStatus, shelterStatusLive } from './shelter-status';

/** Every device asks this often in the background, so its kept copy is at most this old when the network goes. */
export const SHELTER_POLL_MS = 60_000;

async function settings() {
  return import('../../db/settings');
}

function receive(list: ShelterStatusList): void {
  const known = parseKnownStatus({ statuses: list.statuses, at: list.at, receivedAt: Date.now() });
  if (!known) return;
  knownShelterStatus.value = known;
  shelterStatusLive.value = true;
  // Kept for the day the network goes: shown then as "last known, N minutes ago".
  void settings().then((s) => s.writeSetting('shelterStatus', known)).catch(() => undefined);
}

/** Asks the server once; offline or refused, keeps what it had and marks it as not current. */
export async function pollShelterStatus(): Promise<void> {
  try {
    const response = await fetch('/api/shelters/status', { cache: 'no-store' });
    const answer = response.ok ? await apiAnswer('GET /api/shelters/status', response) : undefined;
    if (answer) receive(answer);
    else shelterStatusLive.value = false;
  } catch {
    shelterStatusLive.value = false;
  }
}

let streams = 0;
let source: EventSource | undefined;

/**
 * While a screen showing status is open on a kiosk, a Server-Sent Events stream brings each
 * change within seconds (every event is the whole list; EventSource reconnects by itself).
 * Counted, so two screens share one stream; closed when the last one goes, so an idle
 * kiosk holds no connection open. Returns the function that releases it.
 */
export function openShelterStream(): () => void {
  streams += 1;
  if (!source && typeof EventSource === 'function') {
    source = new EventSource('/api/shelters/status/stream');
    source.addEventListener(SHELTER_STATUS_EVENT, (event) => {
      try {
        receive(JSON.parse((event as MessageEvent<string>).data) as ShelterStatusList);
      } catch {
        // a malformed event: the next one carries the whole list again
      }
    });
    source.addEventListener('error', () => {
      shelterStatusLive.value = false;
    });
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    streams -= 1;
    if (streams === 0) {
      source?.close();
      source = undefined;
    }
  };
}

/**
 * Starts after the first screen: the copy kept from last time first (so an offline start
 * shows last-known status at once), then a poll every minute.
 */
export async function startShelterSync(): Promise<void> {
  try {
    const stored = parseKnownStatus(await (await settings()).readSetting('shelterStatus'));
    if (stored && !knownShelterStatus.value) knownShelterStatus.value = stored;
  } catch {
    // an unreadable database: start from nothing, the network fills it in
  }
  window.addEventListener('online', () => void pollShelterStatus());
  window.addEventListener('offline', () => {
    shelterStatusLive.value = false;
  });
  void pollShelterStatus();
  setInterval(() => void pollShelterStatus(), SHELTER_POLL_MS);
}
