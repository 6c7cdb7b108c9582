import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import shelterJson from '../../../content/forms/shelter-issue.json';
import { initI18n, loadNamespace } from '../../i18n';
import { bytesToBase64Url, textToBase64Url } from '../../../contract/qr/base64url';
import { packPaths, type PackForm } from '../../lib/content/pack-types';
import { createFormQrUrl } from '../../../contract/qr/qr-signature';
import type { ContentState } from '../../runtime/content/content-store';
import FormScreen from './form-screen';

const pack: { current: unknown; qrKey: JsonWebKey | undefined } = { current: undefined, qrKey: undefined };
vi.mock('../../runtime/content/content-store', () => ({
  useContent: (path: string | undefined): ContentState<unknown> => (path ? { status: 'ready', data: pack.current } : { status: 'loading' }),
  readContent: async (path: string) => (path === packPaths.qrKey ? pack.qrKey : pack.current),
}));
const city = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
pack.qrKey = await crypto.subtle.exportKey('jwk', city.publicKey);
/** The path and query of a link the city signed, as the form screen sees it. */
const signedLink = async (prefill: Record<string, string>) =>
  (await createFormQrUrl('http://localhost', 'shelter-issue', prefill, city.privateKey)).slice('http://localhost'.length);
vi.mock('../../outbox/outbox-service', () => ({ useOutboxService: () => undefined, deliverQueuedSoon: () => undefined }));

const publicKey = { kty: 'EC', crv: 'P-256', x: 'x', y: 'y', kid: shelterJson.keyId } as PackForm['publicKey'];

beforeAll(async () => {
  await initI18n('ja');
  await loadNamespace('forms', ['ja']);
});
afterEach(cleanup);

async function open(url: string) {
  history.replaceState(null, '', url);
  render(
    <LocationProvider>
      <Router>
        <Route path="/f/:id" component={FormScreen} />
        <Route default component={() => null} />
      </Router>
    </LocationProvider>,
  );
  // The first open imports Dexie for the phone's draft check: slow on a busy machine.
  return screen.findByRole('heading', { level: 2 }, { timeout: 5000 });
}

describe('opening a form', () => {
  it('a form the pack got wrong shows a translated message, not a crash', async () => {
    pack.current = { def: { ...shelterJson, sections: [] }, publicKey, ruby: {} };
    history.replaceState(null, '', '/f/shelter-issue');
    render(
      <LocationProvider>
        <Router>
          <Route path="/f/:id" component={FormScreen} />
          <Route default component={() => null} />
        </Router>
      </LocationProvider>,
    );
    expect((await screen.findByRole('alert', {}, { timeout: 5000 })).textContent).toContain('この申請フォームのデータに問題がある');
  });

  it('a QR prefill fills only the fields marked prefillable', async () => {
    pack.current = { def: shelterJson, publicKey, ruby: {} };
    await open(await signedLink({ shelterName: '平第一小学校' }));
    expect((screen.getByLabelText(/避難所の名前/) as HTMLInputElement).value).toBe('平第一小学校');
    expect(screen.getByText(/QR コードの内容を一部の項目に入力しました/)).toBeTruthy();
  });

  it('a refused QR payload is explained, and the form still opens empty', async () => {
    pack.current = { def: shelterJson, publicKey, ruby: {} };
    await open(await signedLink({ consent: 'true' }));
    expect(screen.getByRole('alert').textContent).toContain('QR コードの内容に誤りがある');
    expect((screen.getByLabelText(/避難所の名前/) as HTMLInputElement).value).toBe('');
  });

  it('a link whose signature is 64 random bytes is refused as not from the city, and fills nothing', async () => {
    pack.current = { def: shelterJson, publicKey, ruby: {} };
    const sig = bytesToBase64Url(crypto.getRandomValues(new Uint8Array(64)));
    await open(`/f/shelter-issue?prefill=${textToBase64Url(JSON.stringify({ shelterName: '閉鎖されました' }))}&sig=${sig}`);
    expect(screen.getByRole('alert').textContent).toContain('市が発行した QR コードであることを確認できない');
    expect((screen.getByLabelText(/避難所の名前/) as HTMLInputElement).value).toBe('');
  });
});
