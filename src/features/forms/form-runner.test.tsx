import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { Dexie } from 'dexie';
import { exportJWK, generateKeyPair } from 'jose';
import opinionJson from '../../../content/forms/opinion.json';
import bulkyJson from '../../../content/forms/bulky-waste.json';
import { validateAll } from '../../lib/forms/validate';
import { initI18n, loadNamespace } from '../../i18n';
import { parseFormDef, type FormDef } from '../../lib/forms/form-schema';
import { decryptSubmission } from '../../lib/forms/encrypt';
import type { PackForm } from '../../lib/content/pack-types';
import { database, databaseName } from '../../db/database';
import { draftKeeper, type DraftKeeper } from '../../runtime/drafts/draft-keeper';
import { FormContentProvider } from './form-content';
import { FormRunner } from './form-runner';

vi.mock('../../outbox/outbox-service', () => ({ deliverQueuedSoon: vi.fn(), useOutboxService: () => undefined }));

const parsed = parseFormDef(opinionJson, 'opinion.json');
if (!parsed.ok) throw new Error('opinion.json does not parse');
const def: FormDef = parsed.value;
let keys: { publicKey: PackForm['publicKey']; privateKey: CryptoKey };

beforeAll(async () => {
  await initI18n('ja');
  await loadNamespace('forms', ['ja', 'en']);
  const pair = await generateKeyPair('ECDH-ES+A256KW', { crv: 'P-256', extractable: true });
  keys = { publicKey: { ...(await exportJWK(pair.publicKey)), kid: def.keyId } as PackForm['publicKey'], privateKey: pair.privateKey as CryptoKey };
});
afterEach(async () => {
  cleanup();
  database().close();
  await Dexie.delete(databaseName);
  database().open();
});

const memoryKeeper = (): DraftKeeper => ({ load: async () => undefined, save: () => undefined, remove: async () => undefined });

function renderRunner(options: { keeper?: DraftKeeper; kiosk?: boolean; onSubmitted?: (id: string) => void; form?: FormDef; initial?: { answers: Record<string, unknown>; page: number } } = {}) {
  return render(
    <LocationProvider>
      <FormContentProvider value={{ lang: 'ja', japaneseFallback: false, ruby: {} }}>
        <FormRunner
          def={options.form ?? def}
          publicKey={{ ...keys.publicKey, kid: (options.form ?? def).keyId }}
          initial={(options.initial as { answers: Record<string, never>; page: number } | undefined) ?? { answers: {}, page: 0 }}
          kiosk={options.kiosk ?? false}
          keeper={options.keeper ?? memoryKeeper()}
          onSubmitted={options.onSubmitted}
        />
      </FormContentProvider>
    </LocationProvider>,
  );
}

const heading = () => screen.getByRole('heading', { level: 2 }).textContent;
const next = () => fireEvent.click(screen.getByRole('button', { name: /次へ|入力内容を確認する/ }));
const type = (label: RegExp | string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

function fillOpinionPage() {
  fireEvent.click(screen.getByLabelText('環境・ごみ'));
  type(/件名/, '公園のトイレ');
  type(/内容/, '夜は暗いので照明を増やしてください。');
}

describe('the form runner', () => {
  it('Next is blocked by errors, which are listed, shown inline, and focused', async () => {
    renderRunner();
    expect(screen.getByText('1/4')).toBeTruthy();
    next();
    expect(heading()).toBe('意見・提案');
    expect(screen.getByText('3 か所を直してください')).toBeTruthy();
    const subject = screen.getByLabelText(/件名/);
    expect(subject.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement?.getAttribute('name')).toBe('field-category-input'));
    fillOpinionPage();
    // Errors follow the fixes live once shown.
    expect(screen.queryByText(/か所を直してください/)).toBeNull();
    next();
    expect(heading()).toBe('回答について');
    expect(screen.getByText('2/4')).toBeTruthy();
  });

  it('Back never loses answers', () => {
    renderRunner();
    fillOpinionPage();
    next();
    fireEvent.click(screen.getByRole('button', { name: '戻る' }));
    expect(heading()).toBe('意見・提案');
    expect((screen.getByLabelText(/件名/) as HTMLInputElement).value).toBe('公園のトイレ');
    expect((screen.getByLabelText('環境・ごみ') as HTMLInputElement).checked).toBe(true);
  });

  it('sends only visible answers, as ciphertext, and review lists them with a way back', async () => {
    const submitted = vi.fn();
    renderRunner({ onSubmitted: submitted });
    fillOpinionPage();
    next();
    // Asked for an email reply, typed an address, then changed their mind: the address must not be sent.
    fireEvent.click(screen.getByLabelText('メールで回答を希望'));
    type(/メールアドレス/, 'canary@example.jp');
    fireEvent.click(screen.getByLabelText('回答は不要'));
    expect(screen.queryByLabelText(/メールアドレス/)).toBeNull();
    next();
    fireEvent.click(screen.getByLabelText('上記に同意する'));
    next();
    expect(heading()).toBe('入力内容の確認');
    expect(screen.getByText('公園のトイレ')).toBeTruthy();
    expect(screen.queryByText('canary@example.jp')).toBeNull();
    // "Change" goes back to the section, and Next returns straight to review.
    fireEvent.click(screen.getAllByRole('button', { name: /修正する/ })[1]!);
    expect(heading()).toBe('意見・提案');
    fireEvent.click(screen.getByRole('button', { name: '確認画面に戻る' }));
    expect(heading()).toBe('入力内容の確認');
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: '送信する' })); });
    await waitFor(() => expect(submitted).toHaveBeenCalled());
    const [stored] = await database().outbox.toArray();
    expect(stored).toBeDefined();
    expect(JSON.stringify(stored)).not.toContain('公園のトイレ');
    expect(stored).toMatchObject({ formId: 'opinion', attempts: 0 });
    const payload = (await decryptSubmission(stored!.ciphertext, keys.privateKey)) as { id: string; answers: Record<string, unknown> };
    expect(payload.id).toBe(stored!.id);
    expect(payload.answers).toEqual({ category: 'environment', subject: '公園のトイレ', body: '夜は暗いので照明を増やしてください。', replyMethod: 'none', consent: true });
  });

  it('review sends the citizen back to a page that no longer passes', () => {
    renderRunner();
    fillOpinionPage();
    next();
    fireEvent.click(screen.getByLabelText('回答は不要'));
    next();
    fireEvent.click(screen.getByLabelText('上記に同意する'));
    next();
    fireEvent.click(screen.getAllByRole('button', { name: /修正する/ })[3]!);
    fireEvent.click(screen.getByLabelText('郵便で回答を希望'));
    fireEvent.click(screen.getByRole('button', { name: '確認画面に戻る' }));
    expect(heading()).toBe('回答について');
    expect(screen.getByText('3 か所を直してください')).toBeTruthy();
  });
});

describe('consent', () => {
  const bulky = parseFormDef(bulkyJson, 'bulky-waste.json');
  if (!bulky.ok) throw new Error('bulky-waste.json does not parse');
  const form = bulky.value;
  /** Every answer but the consent, with a collection day the form accepts today. */
  function answered(): Record<string, unknown> {
    const base = { itemKinds: ['chest'], itemCount: '1', collectionPlace: 'entrance', name: { name: 'いわき たろう', kana: 'イワキ タロウ' }, postalCode: '970-8026', address: '福島県いわき市平うめもと21', phone: '0246221111' };
    for (let days = 8; days < 40; days++) {
      const day = new Date(Date.now() + days * 86_400_000 + 9 * 3_600_000).toISOString().slice(0, 10);
      const answers = { ...base, preferredDate: day };
      const errors = validateAll(form, answers, new Date());
      if (!errors.has('preferredDate')) {
        expect([...errors.keys()]).toEqual(['consent']);
        return answers;
      }
    }
    throw new Error('no open collection day found');
  }

  it('a section of consent only is no page of its own: its box is on the review page, required, and sent as before', async () => {
    const submitted = vi.fn();
    renderRunner({ form, kiosk: true, onSubmitted: submitted, initial: { answers: answered(), page: 1 } });
    expect(screen.getByText('2/3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '入力内容を確認する' }));
    expect(heading()).toBe('入力内容の確認');
    expect(screen.getByText('3/3')).toBeTruthy();
    const box = screen.getByLabelText('上記に同意する') as HTMLInputElement;
    expect(box.checked).toBe(false);
    // Send without the tick: stays here, says why, and puts focus on the box.
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: '送信する' })); });
    expect(heading()).toBe('入力内容の確認');
    expect(submitted).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('上記に同意する')));
    expect(screen.getByLabelText('上記に同意する').getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByLabelText('上記に同意する'));
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: '送信する' })); });
    await waitFor(() => expect(submitted).toHaveBeenCalled());
    const [stored] = await database().outbox.toArray();
    const payload = (await decryptSubmission(stored!.ciphertext, keys.privateKey)) as { answers: Record<string, unknown> };
    expect(payload.answers).toMatchObject({ consent: true, phone: expect.stringMatching(/0246/) });
  });
});

vi.mock('../../db/drafts', () => ({
  saveDraft: vi.fn(async () => ({ ok: true, value: undefined })),
  loadDraft: vi.fn(async () => undefined),
  deleteDraft: vi.fn(async () => undefined),
}));

describe('drafts', () => {
  beforeEach(() => vi.clearAllMocks());

  it('a kiosk never writes a draft, whatever is typed', async () => {
    const drafts = await import('../../db/drafts');
    renderRunner({ kiosk: true, keeper: draftKeeper('kiosk') });
    type(/件名/, 'KIOSK-CANARY-1234');
    next();
    await new Promise((r) => setTimeout(r, 700));
    expect(drafts.saveDraft).not.toHaveBeenCalled();
    expect(drafts.loadDraft).not.toHaveBeenCalled();
    expect(await draftKeeper('kiosk').load('opinion')).toMatchObject({ answers: { subject: 'KIOSK-CANARY-1234' } });
  });

  it('a phone saves the draft once, 500 ms after the last change', async () => {
    const drafts = await import('../../db/drafts');
    renderRunner({ keeper: draftKeeper('phone') });
    type(/件名/, 'a');
    type(/件名/, 'ab');
    await waitFor(() => expect(drafts.saveDraft).toHaveBeenCalledTimes(1), { timeout: 2000 });
    expect(drafts.saveDraft).toHaveBeenCalledWith(expect.objectContaining({ formId: 'opinion', page: 0, answers: { subject: 'ab' } }));
  });
});
