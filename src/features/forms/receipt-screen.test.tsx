import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { Dexie } from 'dexie';
import { initI18n, loadNamespace } from '../../i18n';
import { database, databaseName } from '../../db/database';
import { outboxStore, queueSubmission } from '../../outbox/store';
import { refreshOutboxStatus } from '../../outbox/outbox-status';
import { resetDisplayModes, updateDisplayModes } from '../../runtime/display/display-modes';
import ReceiptScreen from './receipt-screen';
import { deviceKind } from '../../config/device';
import { kioskConfig } from '../../runtime/kiosk/kiosk-state';
import type { KioskConfig } from '../../lib/kiosk/config';

vi.mock('../../outbox/outbox-service', () => ({ useOutboxService: () => undefined }));
const forms = vi.hoisted(() => ({ index: new Map<string, unknown>() }));
vi.mock('./use-form-index', () => ({ useFormIndex: () => forms.index }));
// The form file's ruby table, as useFormRubies reads it, only when furigana is wanted.
vi.mock('./use-form-rubies', () => ({
  useFormRubies: (ids: readonly string[], wanted: boolean) =>
    (wanted && ids.includes('opinion') ? { 市への意見: [['市', 'し'], ['への'], ['意見', 'いけん']] } : {}),
}));

const id = '019ab000-0000-7000-8000-000000000001';

beforeAll(async () => {
  await initI18n('ja');
  await loadNamespace('forms', ['ja']);
});
afterEach(async () => {
  cleanup();
  deviceKind.value = 'phone';
  kioskConfig.value = undefined;
  forms.index = new Map();
  resetDisplayModes();
  database().close();
  await Dexie.delete(databaseName);
  database().open();
});

function open(url: string) {
  history.replaceState(null, '', url);
  render(
    <LocationProvider>
      <Router>
        <Route path="/receipts/:id" component={ReceiptScreen} />
        <Route default component={() => null} />
      </Router>
    </LocationProvider>,
  );
}

describe('the receipt screen', () => {
  it('says "queued" with a local reference, then shows the number once delivered', async () => {
    await queueSubmission({ id, formId: 'opinion', createdAt: '2026-11-25T00:00:00.000Z', bytes: 5, ciphertext: 'a.b.c.d.e', attempts: 0, nextAttemptAt: 0 });
    open(`/receipts/${id}`);
    expect(await screen.findByText(/インターネットにつながると自動で送信します/, {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('019ab000')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    await act(async () => {
      await outboxStore.delivered({ id, formId: 'opinion', ciphertext: 'a.b.c.d.e', createdAt: '2026-11-25T00:00:00.000Z', attempts: 0 }, { receiptNumber: 'IW-2026-000123', receivedAt: '2026-11-25T01:00:00.000Z' });
      await refreshOutboxStatus();
    });
    expect(await screen.findByText('IW-2026-000123')).toBeTruthy();
    const qr = screen.getByRole('img', { name: '受付番号の控え（QR コード）' });
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    expect(screen.getByRole('button', { name: '控えを印刷する' })).toBeTruthy();
  });

  it('a kiosk with no printer (printer: false) offers no print button for the receipt', async () => {
    deviceKind.value = 'kiosk';
    kioskConfig.value = { printer: false } as KioskConfig;
    open(`/receipts/${id}?n=IW-2026-000777`);
    expect(await screen.findByText('IW-2026-000777')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '控えを印刷する' })).toBeNull();
    cleanup();
    kioskConfig.value = { printer: true } as KioskConfig;
    open(`/receipts/${id}?n=IW-2026-000777`);
    expect(await screen.findByRole('button', { name: '控えを印刷する' })).toBeTruthy();
  });

  it('with furigana on, the form’s title has its readings', async () => {
    const L = (ja: string) => ({ ja, 'ja-easy': ja, en: ja, 'zh-Hans': ja, ko: ja, vi: ja });
    forms.index = new Map([['opinion', { id: 'opinion', title: L('市への意見') }]]);
    updateDisplayModes({ furigana: true });
    await queueSubmission({ id, formId: 'opinion', createdAt: '2026-11-25T00:00:00.000Z', bytes: 5, ciphertext: 'a.b.c.d.e', attempts: 0, nextAttemptAt: 0 });
    open(`/receipts/${id}`);
    await screen.findByText(/インターネットにつながると自動で送信します/, {}, { timeout: 5000 });
    const title = document.querySelector('.receipt__form')!;
    expect([...title.querySelectorAll('rt')].map((rt) => rt.textContent)).toEqual(['し', 'いけん']);
  });

  it('a receipt link opened on another phone shows the number it carries, and nothing that is not a number', async () => {
    open(`/receipts/${id}?n=IW-2026-000777`);
    expect(await screen.findByText('IW-2026-000777')).toBeTruthy();
    cleanup();
    open(`/receipts/${id}?n=${encodeURIComponent('<b>call 0120</b>')}`);
    expect(await screen.findByText('この端末には、この受付の記録がありません。')).toBeTruthy();
  });
});
