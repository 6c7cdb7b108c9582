import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { initI18n, loadNamespace, setLanguage } from '../../../i18n';
import StatusScreen from './status-screen';

vi.mock('../../../db/kiosk-token', () => ({ storedDeviceToken: async () => undefined }));

beforeAll(async () => {
  await initI18n('en');
  await loadNamespace('services', ['en', 'ja']);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function answerWith(status: number, body: unknown, headers: Record<string, string> = {}) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status, headers }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function typeAndCheck(receipt: string, pin: string) {
  render(<LocationProvider><StatusScreen /></LocationProvider>);
  fireEvent.input(screen.getByLabelText('Receipt number'), { target: { value: receipt } });
  fireEvent.input(screen.getByLabelText('PIN'), { target: { value: pin } });
  fireEvent.click(screen.getByRole('button', { name: 'Check' }));
}

describe('the status screen', () => {
  it('shows the state in words and the department’s stock phrase in the reader’s language', async () => {
    await setLanguage('en');
    const fetchMock = answerWith(200, { results: [{ receiptNumber: 'IW-2026-000123', found: true, formId: 'x', state: 'done', updatedAt: '2026-06-01T00:00:00.000Z', message: { phrase: 'ready-for-pickup' } }] });
    typeAndCheck('２０２６０００１２３', '01234-56789');
    expect(await screen.findByText('Done')).toBeTruthy();
    expect(screen.getByText('It is ready. Please bring your receipt to the counter.')).toBeTruthy();
    // Typed loosely, sent exactly; the PIN in the body, never in the URL.
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/status');
    expect(JSON.parse(String(init.body))).toEqual({ queries: [{ receiptNumber: 'IW-2026-000123', pin: '0123456789' }] });
  });

  it('says of a library hold which book it is, that it is ready, and at which library', async () => {
    await loadNamespace('library', ['en', 'ja']);
    await setLanguage('en');
    const hold = { recordId: 'sample-000001', title: '銀河鉄道の夜', pickupBranch: 'nakoso' };
    answerWith(200, { results: [{ receiptNumber: 'IW-2026-000124', found: true, formId: 'library-hold', state: 'done', updatedAt: '2026-06-01T00:00:00.000Z', message: { phrase: 'ready-for-pickup' }, hold }] });
    typeAndCheck('IW-2026-000124', '0123456789');
    expect(await screen.findByText('Your book is ready. Please bring your library card to the pickup library.')).toBeTruthy();
    expect(screen.getByText('銀河鉄道の夜')).toBeTruthy();
    const note = document.querySelector('.library-hold-status')?.textContent ?? '';
    expect(note).toMatch(/Library to pick it up at: .*勿来.*\(Nakoso Library\)/);
  });

  it('says of a declined hold that it was declined', async () => {
    await loadNamespace('library', ['en', 'ja']);
    await setLanguage('en');
    const hold = { recordId: 'sample-000001', title: '銀河鉄道の夜', pickupBranch: 'nakoso' };
    answerWith(200, { results: [{ receiptNumber: 'IW-2026-000124', found: true, formId: 'library-hold', state: 'declined', updatedAt: '2026-06-01T00:00:00.000Z', message: null, hold }] });
    typeAndCheck('IW-2026-000124', '0123456789');
    expect(await screen.findByText('We could not accept this hold. Please ask the library.')).toBeTruthy();
  });

  it('says "not found" for a wrong PIN, without telling whether the number exists', async () => {
    answerWith(200, { results: [{ receiptNumber: 'IW-2026-000123', found: false }] });
    typeAndCheck('IW-2026-000123', '0000000000');
    expect(await screen.findByText(/No request matches/)).toBeTruthy();
  });

  it('tells a guesser to wait, in minutes', async () => {
    answerWith(429, { error: { code: 'rate_limited', message: '' } }, { 'retry-after': '300' });
    typeAndCheck('IW-2026-000123', '0000000000');
    expect(await screen.findByText('Too many tries. Please wait about 5 minutes and try again.')).toBeTruthy();
  });

  it('asks for both numbers before sending anything', async () => {
    const fetchMock = answerWith(200, { results: [] });
    typeAndCheck('IW-2026-000123', '123');
    expect(await screen.findByText('Enter the receipt number and the 10-digit PIN.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows staff’s own words in Japanese, marked as Japanese, when they wrote none in the reader’s language', async () => {
    await setLanguage('pt');
    await loadNamespace('services', ['pt']);
    answerWith(200, { results: [{ receiptNumber: 'IW-2026-000123', found: true, formId: 'x', state: 'in_progress', updatedAt: '2026-06-01T00:00:00.000Z', message: { text: { ja: '書類を確認中です' } } }] });
    render(<LocationProvider><StatusScreen /></LocationProvider>);
    fireEvent.input(document.getElementById('status-receipt')!, { target: { value: 'IW-2026-000123' } });
    fireEvent.input(document.getElementById('status-pin')!, { target: { value: '0123456789' } });
    fireEvent.submit(document.querySelector('form')!);
    expect((await screen.findByText('書類を確認中です')).getAttribute('lang')).toBe('ja');
    expect(screen.getByText('Em andamento')).toBeTruthy();
    await setLanguage('en');
  });
});
