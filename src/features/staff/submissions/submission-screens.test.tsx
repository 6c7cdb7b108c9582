import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { clearKeys } from '../keys/key-ring';
import { session } from '../session/session-state';
import { fakeServer, staffSession } from '../test/fake-server';
import { renderStaff } from '../test/render-staff';
import { bulkyWasteSubmission, summaryOf } from '../test/submission-fixture';
import { installFormsPack, removePacks } from '../test/test-pack';
import { SubmissionScreen } from './submission-screen';
import { SubmissionsScreen } from './submissions-screen';

const answers = { itemKinds: ['chest', 'bed'], name: { name: '磐城 太郎', kana: 'イワキ タロウ' }, phone: '0246-22-1111', consent: true };

beforeEach(async () => {
  await installFormsPack();
  session.value = { status: 'signed-in', ...staffSession() };
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  clearKeys();
  await removePacks();
});

function chooseKeyFile(json: object, name = 'gomi-genryo-2026.private.jwk') {
  const input = screen.getByLabelText('秘密鍵ファイル');
  fireEvent.change(input, { target: { files: [new File([JSON.stringify(json)], name)] } });
}

describe('the list of submissions', () => {
  it('filters by form and status from the URL, shows form titles from the pack, and pages on', async () => {
    const { detail } = await bulkyWasteSubmission(answers);
    const server = fakeServer({
      'GET /api/staff/submissions': ({ query }) => ({
        body: query.get('cursor') ? { items: [], nextCursor: null } : { items: [summaryOf(detail)], nextCursor: 'page2' },
      }),
    });
    await renderStaff(<SubmissionsScreen />, { path: '/staff/submissions?form=bulky-waste&status=received' });
    const row = (await screen.findByRole('link', { name: 'IW-2026-000042' })).closest('tr') as HTMLElement;
    expect(await within(row).findByText('粗大ごみ（大型ごみ）収集の申し込み')).toBeTruthy();
    expect(within(row).getByText('未読み込み')).toBeTruthy();
    expect(server.requests[0]?.query.get('formId')).toBe('bulky-waste');
    expect(server.requests[0]?.query.get('status')).toBe('received');
    fireEvent.click(screen.getByRole('button', { name: '次のページ' }));
    expect(await screen.findByText('この条件の申請はありません。')).toBeTruthy();
    expect(server.requests.at(-1)?.query.get('cursor')).toBe('page2');
    expect(screen.getByText('2 ページ目')).toBeTruthy();
  });
});

describe('one submission', () => {
  it('names the key it needs, decrypts once the key file is chosen, and shows the answers with the form’s labels', async () => {
    const { detail, privateJwk } = await bulkyWasteSubmission(answers);
    fakeServer({ [`GET /api/staff/submissions/${detail.id}`]: () => ({ body: detail }) });
    await renderStaff(<SubmissionScreen id={detail.id} />, { path: `/staff/submissions/${detail.id}` });
    expect(await screen.findByText(/この申請は鍵「gomi-genryo-2026」で暗号化されています。/)).toBeTruthy();
    chooseKeyFile(privateJwk);
    const name = await screen.findByRole('rowheader', { name: '氏名' });
    expect(name.nextElementSibling?.textContent).toContain('磐城 太郎');
    expect(screen.getByRole('rowheader', { name: '氏名（フリガナ）' }).nextElementSibling?.textContent).toContain('イワキ タロウ');
    expect(screen.getByRole('rowheader', { name: '品目' }).nextElementSibling?.textContent).toContain('たんす・棚\nベッド・マットレス');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('受付番号 IW-2026-000042');
    expect(screen.getByText('鍵 gomi-genryo-2026 を読み込みました。')).toBeTruthy();
  });

  it('warns, naming the fields, when the decrypted answers do not fit the form', async () => {
    const { detail, privateJwk } = await bulkyWasteSubmission({ ...answers, itemCount: 'many', smuggled: 'x' });
    fakeServer({ [`GET /api/staff/submissions/${detail.id}`]: () => ({ body: detail }) });
    await renderStaff(<SubmissionScreen id={detail.id} />, { path: `/staff/submissions/${detail.id}` });
    await screen.findByText(/この申請は鍵「gomi-genryo-2026」で暗号化されています。/);
    chooseKeyFile(privateJwk);
    const warning = await screen.findByText(/次の回答は、この申請の様式に合いません/);
    expect(warning.textContent).toContain('全部の点数');
    expect(warning.textContent).toContain('smuggled');
  });

  it('refuses a public key file, saying which file to choose instead', async () => {
    const { detail } = await bulkyWasteSubmission(answers);
    fakeServer({ [`GET /api/staff/submissions/${detail.id}`]: () => ({ body: detail }) });
    await renderStaff(<SubmissionScreen id={detail.id} />);
    await screen.findByText(/で暗号化されています/);
    chooseKeyFile({ kty: 'EC', crv: 'P-256', x: 'x', y: 'y', kid: 'gomi-genryo-2026' }, 'gomi-genryo-2026.public.jwk.json');
    expect(await screen.findByText(/gomi-genryo-2026.public.jwk.json は公開鍵です。/)).toBeTruthy();
  });

  it('asks before marking it processed, then marks it with the CSRF token and shows the new state', async () => {
    const { detail } = await bulkyWasteSubmission(answers);
    const server = fakeServer({
      [`GET /api/staff/submissions/${detail.id}`]: () => ({ body: detail }),
      [`POST /api/staff/submissions/${detail.id}/processed`]: () => ({
        body: { ...summaryOf(detail), status: 'processed', processedAt: '2026-11-25T01:00:00.000Z', processedBy: 'tanaka' },
      }),
    });
    await renderStaff(<SubmissionScreen id={detail.id} />);
    fireEvent.click(await screen.findByRole('button', { name: '処理済みにする' }));
    // A click alone changes nothing: the question names the receipt number.
    expect(screen.getByText(/受付番号 IW-2026-000042 を処理済みにします。/)).toBeTruthy();
    expect(server.find('POST', `/api/staff/submissions/${detail.id}/processed`)).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'やめる' }));
    expect(screen.queryByText(/を処理済みにします。/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '処理済みにする' }));
    fireEvent.click(screen.getByRole('button', { name: 'はい、処理済みにする' }));
    expect(await screen.findByText('処理済みにしました。')).toBeTruthy();
    expect(screen.getByText('処理済み')).toBeTruthy();
    expect(screen.getByText(/tanaka/)).toBeTruthy();
    expect(server.find('POST', `/api/staff/submissions/${detail.id}/processed`)[0]?.headers.get('x-csrf-token')).toBe(staffSession().csrfToken);
  });

  it('offers an undo for 10 seconds that puts it back to 未処理', async () => {
    const { detail } = await bulkyWasteSubmission(answers);
    const processed = { ...summaryOf(detail), status: 'processed', processedAt: '2026-11-25T01:00:00.000Z', processedBy: 'tanaka' };
    const server = fakeServer({
      [`GET /api/staff/submissions/${detail.id}`]: () => ({ body: detail }),
      [`POST /api/staff/submissions/${detail.id}/processed`]: () => ({ body: processed }),
      [`DELETE /api/staff/submissions/${detail.id}/processed`]: () => ({ body: { ...processed, status: 'received', processedAt: null, processedBy: null } }),
    });
    await renderStaff(<SubmissionScreen id={detail.id} />);
    fireEvent.click(await screen.findByRole('button', { name: '処理済みにする' }));
    fireEvent.click(screen.getByRole('button', { name: 'はい、処理済みにする' }));
    fireEvent.click(await screen.findByRole('button', { name: '元に戻す（あと 10 秒）' }));
    expect(await screen.findByText('未処理に戻しました。')).toBeTruthy();
    expect(screen.getByText('未処理')).toBeTruthy();
    expect(screen.getByRole('button', { name: '処理済みにする' })).toBeTruthy();
    expect(server.find('DELETE', `/api/staff/submissions/${detail.id}/processed`)[0]?.headers.get('x-csrf-token')).toBe(staffSession().csrfToken);
  });

  it('takes the undo away after 10 seconds, and says so when the server refuses a late one', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const { detail } = await bulkyWasteSubmission(answers);
      const processed = { ...summaryOf(detail), status: 'processed', processedAt: '2026-11-25T01:00:00.000Z', processedBy: 'tanaka' };
      fakeServer({
        [`GET /api/staff/submissions/${detail.id}`]: () => ({ body: detail }),
        [`POST /api/staff/submissions/${detail.id}/processed`]: () => ({ body: processed }),
        [`DELETE /api/staff/submissions/${detail.id}/processed`]: () => ({ status: 409, body: { error: { code: 'undo_too_late', message: 'late' } } }),
      });
      await renderStaff(<SubmissionScreen id={detail.id} />);
      fireEvent.click(await screen.findByRole('button', { name: '処理済みにする' }));
      fireEvent.click(screen.getByRole('button', { name: 'はい、処理済みにする' }));
      await screen.findByRole('button', { name: '元に戻す（あと 10 秒）' });
      act(() => {
        vi.advanceTimersByTime(3_000);
      });
      const undo = screen.getByRole('button', { name: '元に戻す（あと 7 秒）' });
      fireEvent.click(undo);
      expect(await screen.findByText('元に戻せる時間が過ぎました。処理済みのままです。')).toBeTruthy();
      act(() => {
        vi.advanceTimersByTime(7_000);
      });
      expect(screen.queryByRole('button', { name: /元に戻す/ })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
