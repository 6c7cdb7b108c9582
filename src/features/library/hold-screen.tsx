import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { BRANCHES } from '../../../contract/library-branches';
import { LIBRARY_HOLD_FORM_ID, type LibraryHoldClearFields } from '../../../contract/library-hold';
import { deviceKind } from '../../config/device';
import { currentLanguage, useNamespaceT, useT } from '../../i18n';
import { deliverQueuedSoon, useOutboxService } from '../../outbox/outbox-service';
import { Page } from '../../ui/page';
import { submitForm } from '../forms/submit-form';
import { usePackForm } from '../forms/use-pack-form';
import { BranchName } from './branch-name';
import { holdProblems, type HoldInput } from './hold-input';
import { rememberedRecord } from './library-state';
import { RecordCard } from './record-card';
import '../forms/fields/fields.css';
import './library.css';

/**
 * /library/hold/<record> — a hold (予約) on a book from the last search: pickup branch, card
 * number and password. The card and password are encrypted to the library's key like a
 * form's answers; the book and branch go in the clear so staff can pull the book first.
 * Sent through the outbox, so a hold placed offline is delivered later; the receipt
 * screen follows, as for any form.
 */
export default function HoldScreen({ recordId }: { recordId: string }) {
  const t = useT();
  const tl = useNamespaceT('library');
  const { route } = useLocation();
  const record = rememberedRecord(recordId);
  const form = usePackForm(LIBRARY_HOLD_FORM_ID);
  useOutboxService();
  const [input, setInput] = useState<HoldInput>({ pickupBranch: record?.holdings[0]?.branch ?? BRANCHES[0]!.id, cardNumber: '', pin: '' });
  const [shown, setShown] = useState<ReturnType<typeof holdProblems>>({});
  const [sending, setSending] = useState(false);
  const [failed, setFailed] = useState(false);

  if (!tl || form.status === 'loading') return <Page title={t('content.loading')}><p role="status">{t('content.loading')}</p></Page>;
  if (!record) {
    return (
      <Page title={tl('hold.title')}>
        <p class="notice" role="alert">{tl('hold.notFound')}</p>
        <a class="button" href="/library">{tl('hold.back')}</a>
      </Page>
    );
  }
  if (form.status !== 'ready') {
    return (
      <Page title={tl('hold.title')}>
        <p class="notice" role="alert">{tl('hold.unavailable')}</p>
        <a class="button" href="/library">{tl('hold.back')}</a>
      </Page>
    );
  }
  const ready = form;

  async function send(e: Event) {
    e.preventDefault();
    const problems = holdProblems(input);
    setShown(problems);
    if (sending || Object.keys(problems).length > 0) {
      document.getElementById(problems.cardNumber ? 'hold-card' : 'hold-pin')?.focus();
      return;
    }
    setSending(true);
    setFailed(false);
    const clear: LibraryHoldClearFields = { recordId: record!.id, pickupBranch: input.pickupBranch };
    const result = await submitForm({
      def: ready.def,
      publicKey: ready.pack.publicKey,
      answers: { cardNumber: input.cardNumber.normalize('NFKC').trim(), pin: input.pin },
      channel: deviceKind.value === 'kiosk' ? 'kiosk' : 'phone',
      lang: currentLanguage.value,
      clear,
      note: { title: record!.title },
    });
    if (!result.ok) {
      setSending(false);
      setFailed(true);
      return;
    }
    deliverQueuedSoon();
    route(`/receipts/${result.value.id}`);
  }

  return (
    <Page title={tl('hold.title')}>
      <section aria-label={tl('hold.book')}>
        <RecordCard record={record} t={tl} withHold={false} />
      </section>
      <form class="library-hold" onSubmit={(e) => void send(e)} noValidate>
        <fieldset class="library-hold__branches">
          <legend>{tl('hold.pickup')}</legend>
          {BRANCHES.map((b) => (
            <label key={b.id} class="library-hold__branch">
              <input type="radio" name="pickup" value={b.id} checked={input.pickupBranch === b.id} onChange={() => setInput({ ...input, pickupBranch: b.id })} />
              <BranchName id={b.id} />
            </label>
          ))}
        </fieldset>
        <label class="field__label" for="hold-card">{tl('hold.cardNumber')}</label>
        <p id="hold-card-help" class="library-search__hint">{tl('hold.cardHelp')}</p>
        <input id="hold-card" class="field__input" inputMode="numeric" data-osk="numeric" autocomplete="off" value={input.cardNumber}
          aria-describedby={shown.cardNumber ? 'hold-card-help hold-card-error' : 'hold-card-help'} aria-invalid={shown.cardNumber ? true : undefined} aria-required
          onInput={(e) => setInput({ ...input, cardNumber: e.currentTarget.value })} />
        {shown.cardNumber && <p id="hold-card-error" class="field__error">{tl('hold.cardInvalid')}</p>}
        <label class="field__label" for="hold-pin">{tl('hold.pin')}</label>
        <input id="hold-pin" class="field__input" type="password" data-osk="alpha" autocomplete="off" value={input.pin}
          aria-describedby={shown.pin ? 'hold-pin-error' : undefined} aria-invalid={shown.pin ? true : undefined} aria-required
          onInput={(e) => setInput({ ...input, pin: e.currentTarget.value })} />
        {shown.pin && <p id="hold-pin-error" class="field__error">{tl('hold.pinInvalid')}</p>}
        <p class="library-hold__privacy">{tl('hold.privacy')}</p>
        {failed && <p class="notice" role="alert">{tl('hold.failed')}</p>}
        <button type="submit" class="button button--primary" disabled={sending}>{sending ? tl('hold.sending') : tl('hold.submit')}</button>
      </form>
    </Page>
  );
}
