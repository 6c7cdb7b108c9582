import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { initI18n, loadNamespace, setLanguage } from '../../i18n';
import StatusScreen from '../services/status/status-screen';

vi.mock('../../db/kiosk-token', () => ({ storedDeviceToken: async () => undefined }));

beforeAll(async () => {
  await initI18n('en');
  await loadNamespace('services', ['en']);
  await loadNamespace('reservations', ['en']);
  await setLanguage('en');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const found = (state: string) => ({ results: [{ receiptNumber: 'IW-2026-000124', found: true, formId: 'room-reservation', state, updatedAt: '2026-12-07T00:00:00.000Z', message: null }] });

/** The server: status answers in turn, and cancellations answered with `cancel`. */
function server(statuses: unknown[], cancel: { status: number; body: unknown }) {
  const calls: Array<{ url: string; body: unknown }> = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
    calls.push({ url, body: JSON.parse(String(init.body)) });
    if (url === '/api/reservations/cancel') return new Response(JSON.stringify(cancel.body), { status: cancel.status });
    return new Response(JSON.stringify(statuses.shift()), { status: 200 });
  }));
  return calls;
}

async function checkStatus() {
  render(<LocationProvider><StatusScreen /></LocationProvider>);
  fireEvent.input(screen.getByLabelText('Receipt number'), { target: { value: 'IW-2026-000124' } });
  fireEvent.input(screen.getByLabelText('PIN'), { target: { value: '0123456789' } });
  fireEvent.click(screen.getByRole('button', { name: 'Check' }));
  await screen.findByText('In progress');
}

describe('cancelling a room reservation from the status screen', () => {
  it('asks once, sends the receipt number and PIN, then shows the request cancelled', async () => {
    const calls = server([found('in_progress'), found('cancelled')], { status: 200, body: { cancelled: true } });
    await checkStatus();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel this reservation' }));
    expect(screen.getByText(/The time becomes free for others/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, cancel it' }));
    expect(await screen.findByText('The reservation is cancelled.')).toBeTruthy();
    expect(await screen.findByText('Cancelled')).toBeTruthy();
    expect(calls.find((c) => c.url === '/api/reservations/cancel')?.body).toEqual({ receiptNumber: 'IW-2026-000124', pin: '0123456789' });
  });

  it('tells a guesser to wait', async () => {
    server([found('in_progress')], { status: 429, body: { error: { code: 'rate_limited', message: '' } } });
    await checkStatus();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel this reservation' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, cancel it' }));
    expect(await screen.findByText(/Too many tries/)).toBeTruthy();
  });

  it('offers no cancellation on the status of another form', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ results: [{ ...found('in_progress').results[0], formId: 'opinion' }] }), { status: 200 })));
    await checkStatus();
    expect(screen.queryByRole('button', { name: 'Cancel this reservation' })).toBeNull();
  });
});
