import { SHELTER_STATUS_EVENT, type ShelterStatusList } from '../../../contract/api/shelters';
import { deviceKind } from '../../config/device';
import { apiAnswer } from '../../lib/api/citizen-api';
import { knownShelterStatus, parseKnownStatus, shelterStatusLive } from './shelter-status';

/** Phones (and a kiosk whose stream was refused) ask this often; kiosks get changes pushed. */
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

async function poll(): Promise<void> {
  try {
    const response = await fetch('/api/shelters/status', { cache: 'no-store' });
    const answer = response.ok ? await apiAnswer('GET /api/shelters/status', response) : undefined;
    if (answer) receive(answer);
    else shelterStatusLive.value = false;
  } catch {
    shelterStatusLive.value = false; // offline: keep what we had, and say how old it is
  }
}

/**
 * A kiosk keeps a Server-Sent Events stream open, so a shelter marked full shows within
 * seconds; EventSource reconnects by itself after an outage. Every event is the whole list.
 */
function stream(): void {
  const source = new EventSource('/api/shelters/status/stream');
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

/**
 * Starts after the first screen: the copy kept from last time first (so an offline start
 * shows last-known status at once), then the stream (kiosk) or a poll every minute (phone).
 */
export async function startShelterSync(): Promise<void> {
  try {
    const stored = parseKnownStatus(await (await settings()).readSetting('shelterStatus'));
    if (stored && !knownShelterStatus.value) knownShelterStatus.value = stored;
  } catch {
    // an unreadable database: start from nothing, the network fills it in
  }
  window.addEventListener('online', () => void poll());
  window.addEventListener('offline', () => {
    shelterStatusLive.value = false;
  });
  if (deviceKind.value === 'kiosk' && typeof EventSource === 'function') {
    stream();
    // The stream's first event is the list; a poll now and then covers a stream a proxy cut.
    setInterval(() => void poll(), SHELTER_POLL_MS * 5);
    return;
  }
  void poll();
  setInterval(() => void poll(), SHELTER_POLL_MS);
}
