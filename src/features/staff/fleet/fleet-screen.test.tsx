import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { session } from '../session/session-state';
import { fakeServer, staffSession } from '../test/fake-server';
import { kiosk } from '../test/fleet-fixture';
import { renderStaff } from '../test/render-staff';
import { FleetScreen } from './fleet-screen';

// A few seconds more, so the whole minutes do not change while the test runs.
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000 - 5_000).toISOString();

beforeEach(() => {
  session.value = { status: 'signed-in', ...staffSession('admin') };
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const fleet = () => [
  kiosk({ id: 'taira-1', siteName: '平支所', lastSeenAt: minutesAgo(3), packVersion: 'p2' }),
  kiosk({ id: 'onahama-1', siteName: '小名浜支所', lastSeenAt: minutesAgo(90), stale: true, packVersion: 'p1', outboxDepth: 4, lastError: 'quota exceeded' }),
  kiosk({
    id: 'nakoso-1', siteName: '勿来支所', lastSeenAt: minutesAgo(2), packVersion: 'p1',
    lastError: 'pack-rejected p2 kiosk-config-invalid kiosks/nakoso-1.json -> p1',
  }),
];

describe('the fleet page', () => {
  it('shows last seen, a stale kiosk in words with an icon, and which kiosks are behind the newest pack', async () => {
    fakeServer({ 'GET /api/staff/kiosks': () => ({ body: { kiosks: fleet() } }), 'GET /packs/manifest.json': () => ({ body: { version: 'p2' } }) });
    await renderStaff(<FleetScreen />);
    const fresh = (await screen.findByRole('rowheader', { name: /taira-1/ })).closest('tr') as HTMLElement;
    const stale = screen.getByRole('rowheader', { name: /onahama-1/ }).closest('tr') as HTMLElement;
    expect(within(fresh).getByText('3 分前')).toBeTruthy();
    expect(within(fresh).getByText('正常')).toBeTruthy();
    expect(within(fresh).queryByText(/遅れ/)).toBeNull();
    const state = within(stale).getByText('応答なし');
    expect(state.querySelector('svg')).not.toBeNull();
    expect(within(stale).getByText('1 時間前')).toBeTruthy();
    expect(within(stale).getByText('遅れ（最新 p2）')).toBeTruthy();
    expect(within(stale).getByText('4')).toBeTruthy();
    expect(within(stale).getByText('quota exceeded')).toBeTruthy();
  });

  it('shows how many submissions are stuck on a kiosk, and why, so staff can act', async () => {
    const stuck = kiosk({ id: 'yotsukura-1', siteName: '四倉支所', lastSeenAt: minutesAgo(1), packVersion: 'p2', outboxDepth: 3,
      outboxStuck: [{ reason: 'unknown-form', count: 2 }, { reason: 'from-a-newer-kiosk', count: 1 }] });
    fakeServer({ 'GET /api/staff/kiosks': () => ({ body: { kiosks: [stuck] } }), 'GET /packs/manifest.json': () => ({ body: { version: 'p2' } }) });
    await renderStaff(<FleetScreen />);
    const row = (await screen.findByRole('rowheader', { name: /yotsukura-1/ })).closest('tr') as HTMLElement;
    const cell = within(row).getByText(/送信が止まっている申請 3 件/).closest('td') as HTMLElement;
    expect(cell.textContent).toContain('サーバーがこの様式を知らない（2 件）');
    expect(cell.textContent).toContain('from-a-newer-kiosk（1 件）');
    expect(row.classList.contains('staff-kiosk--attention')).toBe(true);
  });

  it('says in words that a kiosk refused a content pack and went back to the previous one', async () => {
    fakeServer({ 'GET /api/staff/kiosks': () => ({ body: { kiosks: fleet() } }), 'GET /packs/manifest.json': () => ({ body: { version: 'p2' } }) });
    await renderStaff(<FleetScreen />);
    const row = (await screen.findByRole('rowheader', { name: /nakoso-1/ })).closest('tr') as HTMLElement;
    expect(within(row).getByText('コンテンツ p2 は使えないため受け取りを取り消し、p1 に戻しました（この端末の設定に誤り: kiosks/nakoso-1.json）。')).toBeTruthy();
    expect(within(row).getByText('遅れ（最新 p2）')).toBeTruthy();
  });

  it('says in words that a kiosk refused an older pack, and which kiosk shows expired content', async () => {
    const kiosks = [
      kiosk({ id: 'uchigo-1', siteName: '内郷支所', lastSeenAt: minutesAgo(2), packVersion: 'p2', lastError: 'pack-refused p0 older -> p2 | TypeError: boom' }),
      kiosk({ id: 'iwaki-1', siteName: '平支所', lastSeenAt: minutesAgo(2), packVersion: 'p1', packExpiresAt: '2026-01-31T15:00:00Z' }),
      kiosk({ id: 'kawamae-1', siteName: '川前支所', lastSeenAt: minutesAgo(2), packVersion: 'p2', packExpiresAt: '2999-01-01T00:00:00Z' }),
    ];
    fakeServer({ 'GET /api/staff/kiosks': () => ({ body: { kiosks } }), 'GET /packs/manifest.json': () => ({ body: { version: 'p2' } }) });
    await renderStaff(<FleetScreen />);
    const refused = (await screen.findByRole('rowheader', { name: /uchigo-1/ })).closest('tr') as HTMLElement;
    expect(within(refused).getByText('コンテンツ p0 は p2 より古いため受け取りませんでした（古い版の再送の可能性）。p2 を使い続けています。')).toBeTruthy();
    expect(within(refused).getByText('TypeError: boom')).toBeTruthy();
    const expired = screen.getByRole('rowheader', { name: /iwaki-1/ }).closest('tr') as HTMLElement;
    expect(within(expired).getByText(/有効期限切れ（2026\/02\/01 0:00 まで）/).querySelector('svg')).not.toBeNull();
    const valid = screen.getByRole('rowheader', { name: /kawamae-1/ }).closest('tr') as HTMLElement;
    expect(within(valid).queryByText(/有効期限切れ/)).toBeNull();
  });

  it('issues an enrolment token and shows it once with the enrolment URL and a QR code', async () => {
    const server = fakeServer({
      'GET /api/staff/kiosks': () => ({ body: { kiosks: [] } }),
      'GET /packs/manifest.json': () => ({ body: { version: 'p2' } }),
      'POST /api/staff/kiosks': ({ body }) => ({
        status: 201, body: { ...(body as object), enrolmentToken: 'T'.repeat(43), expiresAt: '2026-12-02T00:00:00.000Z' },
      }),
    });
    await renderStaff(<FleetScreen />);
    fireEvent.input(await screen.findByLabelText('端末 ID'), { target: { value: 'yotsukura-1' } });
    fireEvent.input(screen.getByLabelText('設置場所'), { target: { value: '四倉支所' } });
    fireEvent.click(screen.getByRole('button', { name: 'トークンを発行' }));
    const url = `${location.origin}/?kiosk=yotsukura-1&token=${'T'.repeat(43)}`;
    expect(await screen.findByText(url)).toBeTruthy();
    expect(screen.getByRole('img', { name: 'yotsukura-1 の登録用 QR コード' }).querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    expect(server.find('POST', '/api/staff/kiosks')[0]?.body).toEqual({ kioskId: 'yotsukura-1', siteName: '四倉支所' });
    fireEvent.click(screen.getByRole('button', { name: '閉じる' }));
    expect(screen.queryByText(url)).toBeNull();
  });

  it('revokes a kiosk after the admin confirms', async () => {
    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    const server = fakeServer({
      'GET /api/staff/kiosks': () => ({ body: { kiosks: fleet() } }),
      'GET /packs/manifest.json': () => ({ body: { version: 'p2' } }),
      'POST /api/staff/kiosks/onahama-1/revoke': () => ({ body: kiosk({ id: 'onahama-1', revoked: true }) }),
    });
    await renderStaff(<FleetScreen />);
    fireEvent.click(await screen.findByRole('button', { name: '停止 onahama-1' }));
    await vi.waitFor(() => expect(server.find('POST', '/api/staff/kiosks/onahama-1/revoke')).toHaveLength(1));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('onahama-1（小名浜支所）を停止します'));
  });

  it('shows staff who are not administrators the fleet without the admin actions', async () => {
    session.value = { status: 'signed-in', ...staffSession('staff') };
    fakeServer({ 'GET /api/staff/kiosks': () => ({ body: { kiosks: fleet() } }), 'GET /packs/manifest.json': () => ({ body: { version: 'p2' } }) });
    await renderStaff(<FleetScreen />);
    await screen.findByRole('rowheader', { name: /taira-1/ });
    expect(screen.queryByRole('button', { name: /停止/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'トークンを発行' })).toBeNull();
  });

  it('refreshes by itself every minute as a background request, which does not keep the session alive', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const server = fakeServer({ 'GET /api/staff/kiosks': () => ({ body: { kiosks: fleet() } }), 'GET /packs/manifest.json': () => ({ body: { version: 'p2' } }) });
      await renderStaff(<FleetScreen />);
      await screen.findByRole('rowheader', { name: /taira-1/ });
      await vi.advanceTimersByTimeAsync(60_000);
      await vi.waitFor(() => expect(server.find('GET', '/api/staff/kiosks')).toHaveLength(2));
      const [opened, polled] = server.find('GET', '/api/staff/kiosks');
      // Opening the page is the person's doing; the timer's refresh is not.
      expect(opened?.headers.get('x-background-refresh')).toBeNull();
      expect(polled?.headers.get('x-background-refresh')).toBe('1');
    } finally {
      vi.useRealTimers();
    }
  });
});
