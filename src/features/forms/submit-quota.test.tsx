import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { exportJWK, generateKeyPair } from 'jose';
import opinionJson from '../../../content/forms/opinion.json';
import { initI18n, loadNamespace } from '../../i18n';
import { parseFormDef } from '../../lib/forms/form-schema';
import type { PackForm } from '../../lib/content/pack-types';
import { err, ok } from '../../lib/result';
import { FormContentProvider } from './form-content';
import { FormRunner } from './form-runner';

const queue = vi.hoisted(() => ({ full: true }));
vi.mock('../../outbox/store', () => ({
  queueSubmission: vi.fn(async () => (queue.full ? err({ kind: 'quota-exceeded' }) : ok(undefined))),
}));
vi.mock('../../outbox/outbox-service', () => ({ deliverQueuedSoon: () => undefined }));

const parsed = parseFormDef(opinionJson, 'opinion.json');
if (!parsed.ok) throw new Error('opinion.json does not parse');
const def = parsed.value;

beforeAll(async () => {
  await initI18n('ja');
  await loadNamespace('forms', ['ja']);
});
afterEach(cleanup);

// Sending encrypts the answers, which takes seconds on a loaded machine (the default
// one-second waits failed there): the waits are generous; a pass ends as soon as it holds.
const slow = { timeout: 20_000 };

describe('a full disk at Send', () => {
  it('keeps the answers, explains in words, and sends on retry', async () => {
    const pair = await generateKeyPair('ECDH-ES+A256KW', { crv: 'P-256', extractable: true });
    const publicKey = { ...(await exportJWK(pair.publicKey)), kid: def.keyId } as PackForm['publicKey'];
    const submitted = vi.fn();
    const answers = { category: 'other', subject: '件名です', body: '本文です', replyMethod: 'none', consent: true };
    render(
      <LocationProvider>
        <FormContentProvider value={{ lang: 'ja', japaneseFallback: false, ruby: {} }}>
          <FormRunner def={def} publicKey={publicKey} initial={{ answers, page: 3 }} kiosk keeper={{ load: async () => undefined, save: () => undefined, remove: async () => undefined }} onSubmitted={submitted} />
        </FormContentProvider>
      </LocationProvider>,
    );
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: '送信する' })); });
    const alert = await screen.findByRole('alert', {}, slow);
    expect(alert.textContent).toContain('空き容量が足りない');
    expect(screen.getByText('件名です')).toBeTruthy();
    expect(submitted).not.toHaveBeenCalled();
    queue.full = false;
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'もう一度送信する' })); });
    await waitFor(() => expect(submitted).toHaveBeenCalledTimes(1), slow);
  }, 60_000);
});
