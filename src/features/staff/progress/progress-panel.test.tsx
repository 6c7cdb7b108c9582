import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { session } from '../session/session-state';
import { fakeServer, staffSession } from '../test/fake-server';
import { renderStaff } from '../test/render-staff';
import { bulkyWasteSubmission, summaryOf } from '../test/submission-fixture';
import { installFormsPack, removePacks } from '../test/test-pack';
import { SubmissionsScreen } from '../submissions/submissions-screen';
import { selectedSubmissions } from './progress-state';

beforeEach(async () => {
  await installFormsPack();
  session.value = { status: 'signed-in', ...staffSession() };
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  selectedSubmissions.value = new Set();
  await removePacks();
});

describe('citizen status in the staff console', () => {
  it('ticks the page, sets "done" with a stock phrase for all of it in one request, and shows the new state', async () => {
    const { detail } = await bulkyWasteSubmission({});
    const second = { ...summaryOf(detail), id: '019a0000-0000-7000-8000-0000000000bb', receiptNumber: 'IW-2026-000043' };
    let progress: 'received' | 'done' = 'received';
    const server = fakeServer({
      'GET /api/staff/submissions': () => ({ body: { items: [{ ...summaryOf(detail), progress }, { ...second, progress }], nextCursor: null } }),
      'POST /api/staff/submissions/progress': () => {
        progress = 'done';
        return { body: { updated: [detail.id, second.id] } };
      },
    });
    await renderStaff(<SubmissionsScreen />, { path: '/staff/submissions' });
    const row = (await screen.findByRole('link', { name: 'IW-2026-000042' })).closest('tr') as HTMLElement;
    expect(await within(row).findByText('受け付けました')).toBeTruthy();
    fireEvent.click(await screen.findByLabelText('このページをすべて選ぶ'));
    expect(screen.getByText('2 件を選んでいます')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('状況'), { target: { value: 'done' } });
    fireEvent.change(screen.getByLabelText('お知らせ'), { target: { value: 'ready-for-pickup' } });
    fireEvent.click(screen.getByRole('button', { name: '選んだ申請に設定する' }));
    expect(await screen.findByText('2 件の状況を更新しました。')).toBeTruthy();
    expect(server.find('POST', '/api/staff/submissions/progress')[0]?.body).toEqual({
      ids: [detail.id, second.id], state: 'done', message: { phrase: 'ready-for-pickup' },
    });
    await vi.waitFor(() => expect(server.find('GET', '/api/staff/submissions')).toHaveLength(2));
    const updated = (await screen.findByRole('link', { name: 'IW-2026-000042' })).closest('tr') as HTMLElement;
    expect(await within(updated).findByText('完了しました')).toBeTruthy();
  });

  it('refuses to send staff’s own message without its Japanese text', async () => {
    const { detail } = await bulkyWasteSubmission({});
    const server = fakeServer({ 'GET /api/staff/submissions': () => ({ body: { items: [summaryOf(detail)], nextCursor: null } }) });
    await renderStaff(<SubmissionsScreen />, { path: '/staff/submissions' });
    fireEvent.click(await screen.findByLabelText('IW-2026-000042 を選ぶ'));
    fireEvent.change(screen.getByLabelText('お知らせ'), { target: { value: 'own' } });
    fireEvent.click(screen.getByRole('button', { name: '選んだ申請に設定する' }));
    expect(await screen.findByText('お知らせの日本語を書いてください。')).toBeTruthy();
    expect(server.find('POST', '/api/staff/submissions/progress')).toEqual([]);
  });
});
