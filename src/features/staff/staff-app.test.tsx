import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { initI18n } from '../../i18n';
import { session } from './session/session-state';
import { addKeys, keyRing } from './keys/key-ring';
import StaffApp from './staff-app';
import { fakeServer, staffSession } from './test/fake-server';

beforeAll(() => initI18n('ja'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  session.value = { status: 'checking' };
});

function openConsole(path = '/staff') {
  history.replaceState(null, '', path);
  return render(<LocationProvider><StaffApp /></LocationProvider>);
}
const emptyList = () => ({ body: { items: [], nextCursor: null } });
const unauthorized = () => ({ status: 401, body: { error: { code: 'unauthorized', message: '' } } });

async function logInAs(password: string) {
  fireEvent.input(await screen.findByLabelText('ユーザー名'), { target: { value: 'tanaka' } });
  fireEvent.input(screen.getByLabelText('パスワード'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'ログイン' }));
}

describe('getting into the staff console', () => {
  it('asks for a login at /staff, then shows the submissions', async () => {
    const server = fakeServer({
      'GET /api/staff/me': unauthorized,
      'POST /api/staff/login': () => ({ body: staffSession() }),
      'GET /api/staff/submissions': emptyList,
    });
    openConsole();
    expect(await screen.findByRole('heading', { level: 1, name: '職員コンソールにログイン' })).toBeTruthy();
    await logInAs('correct horse');
    expect(await screen.findByRole('heading', { level: 1, name: '受付一覧' })).toBeTruthy();
    expect(server.find('POST', '/api/staff/login')[0]?.body).toEqual({ username: 'tanaka', password: 'correct horse' });
    expect(screen.getByText('tanaka（管理者）でログイン中')).toBeTruthy();
  });

  it('says the password is wrong, and when to try again after too many tries', async () => {
    let attempts = 0;
    fakeServer({
      'GET /api/staff/me': unauthorized,
      'POST /api/staff/login': () => (++attempts === 1
        ? { status: 401, body: { error: { code: 'invalid_credentials', message: '' } } }
        : { status: 429, body: { error: { code: 'rate_limited', message: '' } }, headers: { 'retry-after': '42' } }),
    });
    openConsole();
    await logInAs('wrong');
    expect(await screen.findByText('ユーザー名またはパスワードが正しくありません。')).toBeTruthy();
    await logInAs('wrong again');
    expect(await screen.findByText('試行の回数が多すぎます。42 秒待ってから、もう一度お試しください。')).toBeTruthy();
  });

  it('after a reload, gets the session back from /me and sends its CSRF token with logout', async () => {
    const server = fakeServer({
      'GET /api/staff/me': () => ({ body: staffSession('staff') }),
      'GET /api/staff/kiosks': () => ({ body: { kiosks: [] } }),
      'GET /packs/manifest.json': () => ({ body: { version: 'p1' } }),
      'POST /api/staff/logout': () => ({ status: 204 }),
    });
    openConsole('/staff/fleet');
    expect(await screen.findByRole('heading', { level: 1, name: '端末の状態' })).toBeTruthy();
    addKeys([{ keyId: 'kocho-2026', key: {} as CryptoKey }]);
    fireEvent.click(screen.getByRole('button', { name: 'ログアウト' }));
    expect(await screen.findByText('ログアウトしました。読み込んだ鍵は消去しました。')).toBeTruthy();
    expect(server.find('POST', '/api/staff/logout')[0]?.headers.get('x-csrf-token')).toBe(staffSession().csrfToken);
    expect(keyRing.value.size).toBe(0);
  });

  it('returns to the login page, saying why, when the session expires mid-work', async () => {
    fakeServer({ 'GET /api/staff/me': () => ({ body: staffSession() }), 'GET /api/staff/submissions': unauthorized });
    openConsole('/staff/submissions');
    expect(await screen.findByText(/ログインが切れました。もう一度ログインしてください。/)).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('職員コンソールにログイン'));
  });

  it('speaks Japanese to staff whose browser was left in another language', async () => {
    fakeServer({ 'GET /api/staff/me': unauthorized });
    const { setLanguage } = await import('../../i18n');
    await setLanguage('ko');
    try {
      const { container } = openConsole();
      expect(await screen.findByRole('heading', { level: 1, name: '職員コンソールにログイン' })).toBeTruthy();
      expect(container.querySelector('.staff')?.getAttribute('lang')).toBe('ja');
    } finally {
      await setLanguage('ja');
    }
  });
});
