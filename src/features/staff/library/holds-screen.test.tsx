import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { loadNamespace } from '../../../i18n';
import { renderStaff } from '../test/render-staff';
import { HoldsScreen } from './holds-screen';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const hold = { id: '01900000-0000-7000-8000-000000000001', receiptNumber: 'IW-2026-000001', receivedAt: '2026-06-01T00:00:00.000Z', status: 'received', recordId: 'sample-000001', title: '銀河鉄道の夜', isbn13: null, pickupBranch: 'nakoso' };

/** The holds list answers with the hold in its current progress; a progress change moves it on. */
function server() {
  let progress = 'received';
  const posted: unknown[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    if (url.endsWith('/submissions/progress')) {
      const body = JSON.parse(String(init?.body)) as { state: string };
      posted.push(body);
      progress = body.state;
      return new Response(JSON.stringify({ updated: [hold.id] }), { status: 200, headers: { 'content-type': 'application/json' } });
    }
    return new Response(JSON.stringify({ items: [{ ...hold, progress }] }), { status: 200, headers: { 'content-type': 'application/json' } });
  }));
  return posted;
}

describe('the library holds console', () => {
  it('marks a hold ready for pickup (what the citizen’s status page then says), or declined', async () => {
    const posted = server();
    await renderStaff(<HoldsScreen />, { path: '/staff/library-holds' });
    await loadNamespace('library', ['ja']);
    fireEvent.click(await screen.findByRole('button', { name: '受取準備完了にする' }));
    await waitFor(() => expect(screen.getByText('受取準備完了')).toBeTruthy());
    expect(posted).toEqual([{ ids: [hold.id], state: 'done', message: { phrase: 'ready-for-pickup' } }]);
    expect(screen.queryByRole('button', { name: '受取準備完了にする' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'お断りにする' }));
    await waitFor(() => expect(screen.getByText('お断り')).toBeTruthy());
    expect(posted[1]).toEqual({ ids: [hold.id], state: 'declined', message: null });
  });
});
