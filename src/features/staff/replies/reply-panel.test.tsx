import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { loadNamespace } from '../../../i18n';
import { makeReplyKey, openReply } from '../../../lib/replies/reply-crypto';
import { fakeServer } from '../test/fake-server';
import { renderStaff } from '../test/render-staff';
import { ReplyPanel } from './reply-panel';

const PIN = '0123456789';
const CODE = '1111222233334444';
const ID = '01900000-0000-7000-8000-000000000001';
const path = `/api/staff/submissions/${ID}/reply`;

beforeAll(async () => {
  await renderStaff(null);
  await loadNamespace('replies-staff', ['ja']);
  await loadNamespace('common', ['ja']);
  cleanup();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the console’s reply to an opinion', () => {
  it('seals the reply in the browser to the citizen’s key: the server gets ciphertext only, which PIN and code open', async () => {
    const key = await makeReplyKey(PIN, CODE);
    const server = fakeServer({
      [`GET ${path}`]: () => ({ body: { publicAllowed: false, reply: null, repliedBy: null } }),
      [`PUT ${path}`]: (request) => ({ body: { ...(request.body as object), repliedAt: '2026-06-02T00:00:00.000Z' } }),
    });
    await renderStaff(<ReplyPanel submissionId={ID} payload={{ reply: { ...key, publicConsent: false } }} />);
    fireEvent.input(await screen.findByLabelText('返事'), { target: { value: '来週直します。' } });
    expect(screen.queryByLabelText(/公開（/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '返事を送る' }));
    await screen.findByText(/返事を保存しました/, {}, { timeout: 5000 });
    const [put] = server.find('PUT', path);
    const body = put?.body as { kind: string; ciphertext: string };
    expect(body.kind).toBe('encrypted');
    expect(JSON.stringify(body)).not.toContain('来週');
    expect(await openReply(body.ciphertext, PIN, CODE)).toEqual({ ok: true, value: '来週直します。' });
  });

  it('offers a public reply only when both the sealed opinion and the server say the citizen agreed', async () => {
    const key = await makeReplyKey(PIN, CODE);
    fakeServer({ [`GET ${path}`]: () => ({ body: { publicAllowed: true, reply: null, repliedBy: null } }) });
    await renderStaff(<ReplyPanel submissionId={ID} payload={{ reply: { ...key, publicConsent: false } }} />);
    await screen.findByLabelText('返事');
    expect(screen.queryByLabelText(/公開（/)).toBeNull();
    cleanup();
    await renderStaff(<ReplyPanel submissionId={ID} payload={{ reply: { ...key, publicConsent: true } }} />);
    expect(await screen.findByLabelText(/公開（/)).toBeTruthy();
  });

  it('an opinion without a usable key says how to answer instead', async () => {
    fakeServer({ [`GET ${path}`]: () => ({ body: { publicAllowed: false, reply: null, repliedBy: null } }) });
    await renderStaff(<ReplyPanel submissionId={ID} payload={{ reply: { key: 'short', salt: 'x' } }} />);
    expect(await screen.findByText(/返事の鍵がありません/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '返事を送る' })).toBeNull();
  });
});
