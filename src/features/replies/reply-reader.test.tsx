import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { initI18n, loadNamespace, setLanguage } from '../../i18n';
import StatusScreen from '../services/status/status-screen';
import { makeReplyKey, sealReply } from '../../lib/replies/reply-crypto';

vi.mock('../../db/kiosk-token', () => ({ storedDeviceToken: async () => undefined }));

const PIN = '0123456789';
const CODE = '1111222233334444';

beforeAll(async () => {
  await initI18n('en');
  await loadNamespace('services', ['en']);
  await loadNamespace('replies', ['en']);
  await setLanguage('en');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function server(reply: unknown) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    calls.push(url);
    const body = url === '/api/status/reply'
      ? { found: true, reply }
      : { results: [{ receiptNumber: 'IW-2026-000123', found: true, formId: 'opinion', state: 'done', updatedAt: '2026-06-01T00:00:00.000Z', message: null }] };
    return new Response(JSON.stringify(body), { status: 200 });
  }));
  render(<LocationProvider><StatusScreen /></LocationProvider>);
  fireEvent.input(screen.getByLabelText('Receipt number'), { target: { value: 'IW-2026-000123' } });
  fireEvent.input(screen.getByLabelText('PIN'), { target: { value: PIN } });
  fireEvent.click(screen.getByRole('button', { name: 'Check' }));
  return calls;
}

describe('the reply under an answered opinion', () => {
  it('a private reply opens here with the reply code, and a wrong code is told apart from no reply', async () => {
    const ciphertext = await sealReply('The street light will be replaced next week.', await makeReplyKey(PIN, CODE));
    server({ kind: 'encrypted', ciphertext, repliedAt: '2026-06-02T01:00:00.000Z' });
    const input = await screen.findByLabelText('Reply code');
    fireEvent.input(input, { target: { value: '1111-2222-3333-4445' } });
    fireEvent.click(screen.getByRole('button', { name: 'Read the reply' }));
    expect(await screen.findByText(/The reply could not be opened/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Reply code'), { target: { value: '1111 2222 3333 4444' } });
    fireEvent.click(screen.getByRole('button', { name: 'Read the reply' }));
    expect(await screen.findByText('The street light will be replaced next week.', {}, { timeout: 5000 })).toBeTruthy();
  });

  it('a public reply is shown with receipt number and PIN alone', async () => {
    server({ kind: 'public', text: 'Thank you. We have fixed it.', repliedAt: '2026-06-02T01:00:00.000Z' });
    expect(await screen.findByText('Thank you. We have fixed it.')).toBeTruthy();
    expect(screen.queryByLabelText('Reply code')).toBeNull();
  });

  it('before staff answer: "no reply yet"', async () => {
    const calls = server(null);
    expect(await screen.findByText('There is no reply yet.')).toBeTruthy();
    expect(calls).toEqual(['/api/status', '/api/status/reply']);
  });
});
