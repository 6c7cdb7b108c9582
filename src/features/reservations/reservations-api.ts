import type { Availability, CancelResult, Room } from '../../../contract/api/reservations';
import { postAsDevice } from '../services/status/post-as-device';
import { err, ok, type Result } from '../../lib/result';

/**
 * The citizen side of GET /api/reservations/*: rooms and availability, each falling back to
 * the copy this device last received (public data, kept in settings) when the network is
 * away. `asOf` is when the server answered: shown whenever the copy is not fresh.
 */
export type Fetched<T> = { data: T; asOf: string; offline: boolean };

type CacheKey = string;
const availabilityKey = (roomId: string, from: string, days: number): CacheKey => `${roomId} ${from} ${days}`;
/** Enough for a few rooms' week and month views; older copies are dropped. */
const KEPT_AVAILABILITY = 12;

async function cache() {
  const { readSetting, writeSetting } = await import('../../db/settings');
  const stored = (await readSetting('reservationCache').catch(() => undefined)) as { rooms?: { rooms: unknown[]; asOf: string }; availability?: Record<string, unknown> } | undefined;
  const current = { availability: {}, ...stored };
  return { current, write: (next: typeof current) => writeSetting('reservationCache', { ...next, availability: next.availability ?? {} }).catch(() => undefined) };
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(15_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

export async function fetchRooms(): Promise<Result<Fetched<Room[]>, 'unavailable'>> {
  try {
    const body = (await getJson('/api/reservations/rooms')) as { rooms: Room[] };
    const asOf = new Date().toISOString();
    const { current, write } = await cache();
    void write({ ...current, rooms: { rooms: body.rooms, asOf } });
    return ok({ data: body.rooms, asOf, offline: false });
  } catch {
    const { current } = await cache();
    return current.rooms ? ok({ data: current.rooms.rooms as Room[], asOf: current.rooms.asOf, offline: true }) : err('unavailable');
  }
}

export async function fetchAvailability(roomId: string, from: string, days: number): Promise<Result<Fetched<Availability>, 'unavailable'>> {
  const key = availabilityKey(roomId, from, days);
  try {
    const body = (await getJson(`/api/reservations/availability?roomId=${encodeURIComponent(roomId)}&from=${from}&days=${days}`)) as Availability;
    const { current, write } = await cache();
    const entries = Object.entries(current.availability ?? {}).filter(([k]) => k !== key).slice(-(KEPT_AVAILABILITY - 1));
    void write({ ...current, availability: Object.fromEntries([...entries, [key, body]]) });
    return ok({ data: body, asOf: body.asOf, offline: false });
  } catch {
    const { current } = await cache();
    const kept = current.availability?.[key] as Availability | undefined;
    return kept ? ok({ data: kept, asOf: kept.asOf, offline: true }) : err('unavailable');
  }
}

export type CancelError = 'not-found' | 'rate-limited' | 'offline' | 'server';

/** POST /api/reservations/cancel with the receipt number and PIN (a kiosk sends its token, as for status). */
export async function cancelReservation(receiptNumber: string, pin: string): Promise<Result<CancelResult, CancelError>> {
  const response = await postAsDevice('/api/reservations/cancel', { receiptNumber, pin });
  if (!response) return err('offline');
  if (response.status === 404) return err('not-found');
  if (response.status === 429) return err('rate-limited');
  if (!response.ok) return err('server');
  return ok((await response.json()) as CancelResult);
}
