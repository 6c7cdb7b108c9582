import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Dexie } from 'dexie';
import { initI18n, loadNamespace } from '../../i18n';
import { database, databaseName } from '../../db/database';
import { failedForGood, outboxStore, queueSubmission } from '../store';
import type { OutboxRecord } from '../../db/records';
import OutboxScreen from './outbox-screen';

const flushNow = vi.hoisted(() => vi.fn(async () => undefined));
vi.mock('../outbox-service', () => ({ useOutboxService: () => undefined, flushNow }));
vi.mock('../../features/forms/use-form-index', () => ({ useFormIndex: () => new Map() }));

beforeAll(async () => {
  await initI18n('ja');
  await loadNamespace('forms', ['ja']);
  await loadNamespace('library', ['ja']);
});
afterEach(async () => {
  cleanup();
  database().close();
  await Dexie.delete(databaseName);
  database().open();
});

const item = (id: string, extra: Partial<OutboxRecord>): OutboxRecord => ({
  id, formId: 'opinion', createdAt: '2026-11-25T00:00:00.000Z', bytes: 5, ciphertext: 'a.b.c.d.e', attempts: 0, nextAttemptAt: 0, ...extra,
});

describe('the outbox screen', () => {
  it('says what waits and why, offers "send now", and lists receipts', async () => {
    await queueSubmission(item('0190aaaa-waiting', { createdAt: new Date().toISOString(), attempts: 2, nextAttemptAt: Date.now() + 60_000, lastError: 'network' }));
    await queueSubmission(item('0190bbbb-failed', { attempts: 1, nextAttemptAt: failedForGood, lastError: 'conflict' }));
    await database().receipts.put({ id: '0190cccc', formId: 'opinion', receiptNumber: 'IW-2026-000042', createdAt: '2026-11-24T00:00:00.000Z', deliveredAt: '2026-11-24T00:01:00.000Z' });
    render(<OutboxScreen />);
    expect(await screen.findByText(/送信を試した回数：2 回/, {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText(/前回のエラー：インターネットにつながりませんでした/)).toBeTruthy();
    expect(screen.getByText(/送信できませんでした（同じ番号の別の申請が既にあります）/)).toBeTruthy();
    expect(screen.getByText('IW-2026-000042').closest('a')?.getAttribute('href')).toBe('/receipts/0190cccc');
    fireEvent.click(screen.getByRole('button', { name: '今すぐ送信する' }));
    expect(flushNow).toHaveBeenCalledWith({ all: true });
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: '一覧から消す' })); });
    await waitFor(async () => expect(await database().outbox.count()).toBe(1));
  });

  it('an item the server refuses for now is shown as stuck, still tried, with its reason in the reader\'s language', async () => {
    await queueSubmission(item('0190dddd-stuck', { attempts: 3, nextAttemptAt: Date.now() + 60_000, lastError: 'unknown-form' }));
    render(<OutboxScreen />);
    expect(await screen.findByText(/長い間送信できていません（市のサーバーが現在この申請を受け付けていません）/, {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText(/自動で送信を続けます/)).toBeTruthy();
    // Not given up: no "remove" for it, and "send now" is still offered.
    expect(screen.queryByRole('button', { name: '一覧から消す' })).toBeNull();
    expect(screen.getByRole('button', { name: '今すぐ送信する' })).toBeTruthy();
  });

  it('a library hold queued offline still says which book and where after a reload, and so does its receipt once sent', async () => {
    const hold = item('0190eeee-hold', {
      formId: 'library-hold', createdAt: new Date().toISOString(), attempts: 1, nextAttemptAt: Date.now() + 60_000, lastError: 'network',
      clear: { recordId: 'sample-000001', pickupBranch: 'nakoso' }, note: { title: '銀河鉄道の夜' },
    });
    await queueSubmission(hold);
    // A reload: nothing in memory, the screen reads IndexedDB afresh.
    render(<OutboxScreen />);
    const waiting = await screen.findByText('銀河鉄道の夜', {}, { timeout: 5000 });
    expect(waiting.closest('li')?.textContent).toMatch(/受け取る図書館: .*勿来/);
    expect(waiting.closest('li')?.textContent).toMatch(/送信を試した回数：1 回/);
    cleanup();

    await outboxStore.delivered(hold, { receiptNumber: 'IW-2026-000777', receivedAt: '2026-11-25T00:01:00.000Z' } as never);
    render(<OutboxScreen />);
    const receipt = (await screen.findByText('IW-2026-000777', {}, { timeout: 5000 })).closest('a');
    expect(receipt?.textContent).toMatch(/銀河鉄道の夜.*受け取る図書館: .*勿来/);
    expect(await database().outbox.count()).toBe(0);
  });
});
