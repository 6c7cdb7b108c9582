import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import bookingJson from '../../../content/forms/facility-booking.json';
import shelterJson from '../../../content/forms/shelter-issue.json';
import { initI18n, loadNamespace, setLanguage } from '../../i18n';
import type { PackForm } from '../../lib/content/pack-types';
import type { FormDef } from '../../lib/forms/form-schema';
import type { ContentState } from '../../runtime/content/content-store';
import FormScreen from '../forms/form-screen';
import { bookableFacilities } from './booking-form';

const pack: { current: unknown } = { current: undefined };
vi.mock('../../runtime/content/content-store', () => ({
  useContent: (path: string | undefined): ContentState<unknown> => (path ? { status: 'ready', data: pack.current } : { status: 'loading' }),
  readContent: async () => pack.current,
}));
vi.mock('../../outbox/outbox-service', () => ({ useOutboxService: () => undefined, deliverQueuedSoon: () => undefined }));
// The rooms' offline copy: none kept, so an unreachable server means no rooms known.
vi.mock('../../db/settings', () => ({ readSetting: async () => undefined, writeSetting: async () => undefined }));

const booking = bookingJson as unknown as FormDef;
const room = (id: string, facilityId: string) => ({
  id, facilityId, name: { ja: id }, capacity: 10, feeYen: 0, accessible: true, slotMinutes: 60,
  opens: '09:00', closes: '17:00', closedWeekdays: [], maxSlotsPerRequest: 2, bookAheadDays: 30,
});
const publicKey = { kty: 'EC', crv: 'P-256', x: 'x', y: 'y', kid: bookingJson.keyId } as PackForm['publicKey'];

beforeAll(async () => {
  await initI18n('en');
  await loadNamespace('forms', ['en']);
  await loadNamespace('reservations', ['en']);
  await setLanguage('en');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function serveRooms(answer: () => Response) {
  vi.stubGlobal('fetch', vi.fn(async (url: string) => (url === '/api/reservations/rooms' ? answer() : new Response('', { status: 404 }))));
}

async function open(def: unknown, id: string) {
  pack.current = { def, publicKey, ruby: {} };
  history.replaceState(null, '', `/f/${id}`);
  render(<LocationProvider><Router><Route path="/f/:id" component={FormScreen} /><Route default component={() => null} /></Router></LocationProvider>);
  // The first open imports Dexie for the phone's draft check: slow on a busy machine.
  await screen.findByRole('heading', { level: 2, name: 'Facility and purpose' }, { timeout: 5000 });
}

describe('the facility-booking form leads to room reservations', () => {
  it('links each facility that has bookable rooms to its rooms, and keeps the form for the others', async () => {
    serveRooms(() => Response.json({ rooms: [room('hall', 'central-kominkan'), room('meeting', 'taira-shisho'), room('elsewhere', 'not-in-the-form')] }));
    await open(bookingJson, 'facility-booking');
    const notice = (await screen.findByRole('heading', { name: 'Book these rooms directly' })).closest('section')!;
    const links = within(notice).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Taira Branch Office – meeting room', '/reservations?facility=taira-shisho'],
      ['Central Community Center', '/reservations?facility=central-kominkan'],
      ['See all rooms you can book', '/reservations'],
    ]);
    // The request form is still there, below, for the facilities without bookable rooms.
    expect(screen.getByRole('radio', { name: 'Onahama Library – meeting hall' })).toBeTruthy();
  });

  it('says nothing when the rooms cannot be loaded: the form alone still works', async () => {
    serveRooms(() => new Response('', { status: 503 }));
    await open(bookingJson, 'facility-booking');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('heading', { name: 'Book these rooms directly' })).toBeNull();
  });

  it('only the facility-booking form points to rooms, and only to facilities it lists', () => {
    const rooms = [room('hall', 'onahama-kominkan')];
    expect(bookableFacilities(booking, rooms).map((o) => o.value)).toEqual(['onahama-kominkan']);
    expect(bookableFacilities(shelterJson as unknown as FormDef, rooms)).toEqual([]);
    expect(bookableFacilities(booking, [])).toEqual([]);
  });
});
