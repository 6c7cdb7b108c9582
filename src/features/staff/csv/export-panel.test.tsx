import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { addKeys, clearKeys, importKeyFile } from '../keys/key-ring';
import { session } from '../session/session-state';
import { fakeServer, staffSession } from '../test/fake-server';
import { renderStaff } from '../test/render-staff';
import { bulkyWasteSubmission, summaryOf } from '../test/submission-fixture';
import { installFormsPack, removePacks } from '../test/test-pack';
import { ExportPanel } from './export-panel';

let saved: Blob[] = [];
beforeEach(async () => {
  await installFormsPack();
  session.value = { status: 'signed-in', ...staffSession() };
  saved = [];
  // The download itself is the browser's; the test keeps the Blob it was given. A fragment
  // URL, because happy-dom would follow a blob: link away from the page.
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    saved.push(blob as Blob);
    return '#saved';
  });
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  clearKeys();
  await removePacks();
});

const filter = { formId: 'bulky-waste', status: undefined };

describe('exporting a form’s submissions as CSV', () => {
  it('decrypts every submission here and saves a UTF-8 file with BOM, labels and answers', async () => {
    const { detail, privateJwk } = await bulkyWasteSubmission({ name: { name: '磐城 太郎', kana: 'イワキ タロウ' }, itemKinds: ['bed'] });
    const keys = await importKeyFile(JSON.stringify(privateJwk));
    if (keys.ok) addKeys(keys.value);
    const server = fakeServer({
      'GET /api/staff/submissions': () => ({ body: { items: [summaryOf(detail)], nextCursor: null } }),
      [`GET /api/staff/submissions/${detail.id}`]: () => ({ body: detail }),
    });
    await renderStaff(<ExportPanel filter={filter} />);
    fireEvent.click(screen.getByRole('button', { name: 'CSV を書き出す' }));
    expect(await screen.findByText('1 件を書き出しました。')).toBeTruthy();
    // So the server's audit log records an export, not a glance at the list.
    expect(server.find('GET', '/api/staff/submissions')[0]?.query.get('purpose')).toBe('export');
    const bytes = new Uint8Array(await saved[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, row] = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(header).toContain('受付番号,受付日時,状態,確認,品目');
    expect(header).toContain('氏名,氏名（フリガナ）');
    expect(row).toContain('IW-2026-000042,2026-11-25 08:47:05,未処理,');
    expect(row).toContain('ベッド・マットレス');
    expect(row).toContain('磐城 太郎,イワキ タロウ');
  });

  it('warns which submissions hold answers that do not fit the form, and flags them in the file', async () => {
    const { detail, privateJwk } = await bulkyWasteSubmission({ itemKinds: ['bed'], itemCount: '=HYPERLINK("http://evil.example")' });
    const keys = await importKeyFile(JSON.stringify(privateJwk));
    if (keys.ok) addKeys(keys.value);
    fakeServer({
      'GET /api/staff/submissions': () => ({ body: { items: [summaryOf(detail)], nextCursor: null } }),
      [`GET /api/staff/submissions/${detail.id}`]: () => ({ body: detail }),
    });
    await renderStaff(<ExportPanel filter={filter} />);
    fireEvent.click(screen.getByRole('button', { name: 'CSV を書き出す' }));
    expect(await screen.findByText(/1 件は回答がフォームに合いません.*IW-2026-000042/)).toBeTruthy();
    const text = new TextDecoder().decode(new Uint8Array(await saved[0]!.arrayBuffer()).slice(3));
    expect(text).toContain('フォームに合わない回答: ');
    expect(text).toContain(`'=HYPERLINK(`);
  });

  it('in Shift_JIS, reports the characters it had to replace', async () => {
    const { detail, privateJwk } = await bulkyWasteSubmission({ otherItem: '𠮷野家のテーブル🙂' });
    const keys = await importKeyFile(JSON.stringify(privateJwk));
    if (keys.ok) addKeys(keys.value);
    fakeServer({
      'GET /api/staff/submissions': () => ({ body: { items: [summaryOf(detail)], nextCursor: null } }),
      [`GET /api/staff/submissions/${detail.id}`]: () => ({ body: detail }),
    });
    await renderStaff(<ExportPanel filter={filter} />);
    fireEvent.click(screen.getByLabelText('Shift_JIS（古い Excel 向け）'));
    fireEvent.click(screen.getByRole('button', { name: 'CSV を書き出す' }));
    expect(await screen.findByText(/Shift_JIS で表せない文字が 2 文字あり/)).toBeTruthy();
    const text = new TextDecoder('shift_jis').decode(await saved[0]!.arrayBuffer());
    expect(text).toContain('?野家のテーブル?');
  });

  it('refuses to write a file with missing rows when a key is not loaded', async () => {
    const { detail } = await bulkyWasteSubmission({});
    const server = fakeServer({ 'GET /api/staff/submissions': () => ({ body: { items: [summaryOf(detail)], nextCursor: null } }) });
    await renderStaff(<ExportPanel filter={filter} />);
    fireEvent.click(screen.getByRole('button', { name: 'CSV を書き出す' }));
    expect(await screen.findByText(/鍵 gomi-genryo-2026 がまだ読み込まれていないため、書き出せません。/)).toBeTruthy();
    expect(saved).toHaveLength(0);
    expect(server.find('GET', `/api/staff/submissions/${detail.id}`)).toHaveLength(0);
  });

  it('asks for a form first', async () => {
    await renderStaff(<ExportPanel filter={{ formId: undefined, status: undefined }} />);
    expect(screen.getByText(/書き出すには、上の「申請の種類」で申請を一つ選んでください。/)).toBeTruthy();
  });
});
