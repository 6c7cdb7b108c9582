import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import type { Availability, Room } from '../../../contract/api/reservations';
import { initI18n, loadNamespace, setLanguage } from '../../i18n';
import RoomScreen from './room-screen';
import { tokyoToday } from './room-name';
import { addDaysTo } from '../../lib/forms/calendar-month';

const stored = new Map<string, unknown>();
vi.mock('../../db/settings', () => ({
  readSetting: async (key: string) => stored.get(key),
  writeSetting: async (key: string, value: unknown) => { stored.set(key, value); return { ok: true, value: undefined }; },
}));

beforeAll(async () => {
  await initI18n('en');
  await loadNamespace('reservations', ['en']);
  await setLanguage('en');
});
afterEach(() => {
  cleanup();
  stored.clear();
  vi.unstubAllGlobals();
});

const room: Room = {
  id: 'test-room', facilityId: 'taira-shisho', name: { ja: 'テスト会議室', en: 'Test Room' }, capacity: 10, feeYen: 0, accessible: true,
  slotMinutes: 60, opens: '09:00', closes: '11:00', closedWeekdays: [], maxSlotsPerRequest: 1, bookAheadDays: 30,
};
const today = tokyoToday();
const week: Availability = {
  roomId: room.id, asOf: '2026-12-07T01:00:00.000Z',
  days: [{ date: today, slots: [{ start: '09:00', end: '10:00', state: 'free' }, { start: '10:00', end: '11:00', state: 'taken' }] }],
};

function network(online: boolean) {
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    if (!online) throw new TypeError('Failed to fetch');
    if (url.startsWith('/api/reservations/rooms')) return new Response(JSON.stringify({ rooms: [room] }));
    return new Response(JSON.stringify({ ...week, days: [...week.days, { date: addDaysTo(today, 1), slots: [{ start: '09:00', end: '10:00', state: 'free' }, { start: '10:00', end: '11:00', state: 'free' }] }] }));
  }));
}

describe('a room\'s week', () => {
  it('online: free and taken in words; the room\'s maximum per request is kept', async () => {
    network(true);
    render(<LocationProvider><RoomScreen roomId="test-room" /></LocationProvider>);
    const free = await screen.findAllByRole('button', { name: /09:00–10:00.*Free/ });
    expect(screen.getAllByText('Taken').length).toBeGreaterThan(0);
    expect(screen.getByText(/^Availability as of/)).toBeTruthy();
    fireEvent.click(free[0]!);
    expect(free[0]!.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(free[1]!);
    expect(screen.getByText('You can choose at most 1 time slots in one request.')).toBeTruthy();
    expect(free[1]!.getAttribute('aria-pressed')).toBe('false');
  });

  it('offline: the copy kept from before, its free times "not confirmed", with the time it is from', async () => {
    network(true);
    render(<LocationProvider><RoomScreen roomId="test-room" /></LocationProvider>);
    await screen.findAllByRole('button', { name: /Free/ });
    cleanup();
    network(false);
    render(<LocationProvider><RoomScreen roomId="test-room" /></LocationProvider>);
    expect(await screen.findAllByText('Free (not confirmed)')).not.toHaveLength(0);
    expect(screen.getByText(/You are offline\. This is the availability as of .*Free times are not confirmed/)).toBeTruthy();
    expect(screen.queryByText('Free')).toBeNull();
  });
});
