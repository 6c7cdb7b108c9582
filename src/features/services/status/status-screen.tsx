import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { StatusAnswer } from '../../../../contract/api/status';
import { normalisePin, normaliseReceiptNumber, PIN_DIGITS } from '../../../../contract/status';
import { useNamespaceT, useT } from '../../../i18n';
import { Page } from '../../../ui/page';
import { fetchStatus, type StatusError } from './status-api';
import { StatusResult } from './status-result';
import { acceptsReplies } from '../../../../contract/replies';
import { ReplyReader } from '../../replies/reply-reader';
import { CodeField } from '../../../ui/code-field';
import { CancelReservation } from '../../reservations/cancel-reservation';
import '../../forms/fields/fields.css';
import './status.css';

const receiptPattern = /^IW-\d{4}-\d{6,}$/;
const pinPattern = new RegExp(`^\\d{${PIN_DIGITS}}$`);

type View = { kind: 'form' } | { kind: 'busy' } | { kind: 'found'; answer: Extract<StatusAnswer, { found: true }>; pin: string } | { kind: 'not-found' } | { kind: 'error'; error: StatusError };

/**
 * /status — a request's state by receipt number + PIN, on any kiosk or phone. Typed on a
 * kiosk with the on-screen keyboard's numbers (the receipt number needs no letters). The
 * number may come in a link (?n=), as from the receipt's QR code; the PIN never does.
 */
export default function StatusScreen() {
  const t = useT();
  const ts = useNamespaceT('services');
  const { query } = useLocation();
  const [receipt, setReceipt] = useState(typeof query.n === 'string' ? query.n : '');
  const [pin, setPin] = useState('');
  const [view, setView] = useState<View>({ kind: 'form' });
  if (!ts) return <Page title={t('content.loading')}><p role="status">{t('content.loading')}</p></Page>;

  async function check(event: Event) {
    event.preventDefault();
    const receiptNumber = normaliseReceiptNumber(receipt);
    const digits = normalisePin(pin);
    if (!receiptPattern.test(receiptNumber) || !pinPattern.test(digits)) return setView({ kind: 'error', error: { kind: 'invalid' } });
    setView({ kind: 'busy' });
    const result = await fetchStatus([{ receiptNumber, pin: digits }]);
    if (!result.ok) return setView({ kind: 'error', error: result.error });
    const [answer] = result.value;
    setView(answer?.found ? { kind: 'found', answer, pin: digits } : { kind: 'not-found' });
  }

  const again = () => {
    setPin('');
    setView({ kind: 'form' });
  };
  return (
    <Page title={ts('status.title')}>
      {view.kind === 'found' ? (
        <div class="stack">
          <StatusResult answer={view.answer} t={ts} />
          <CancelReservation formId={view.answer.formId} state={view.answer.state} receiptNumber={view.answer.receiptNumber} pin={view.pin}
            onCancelled={() => void fetchStatus([{ receiptNumber: view.answer.receiptNumber, pin: view.pin }]).then((r) => {
              const [answer] = r.ok ? r.value : [];
              if (answer?.found) setView({ kind: 'found', answer, pin: view.pin });
            })} />
          {acceptsReplies(view.answer.formId) && <ReplyReader receiptNumber={view.answer.receiptNumber} pin={view.pin} />}
          <p><button type="button" class="button" onClick={again}>{ts('status.again')}</button></p>
        </div>
      ) : (
        <form class="status-form stack" onSubmit={(e) => void check(e)} noValidate>
          <p>{ts('status.intro')}</p>
          <CodeField id="status-receipt" label={ts('status.receiptNumber')} help={ts('status.receiptNumberHelp')} value={receipt} onInput={setReceipt} />
          <CodeField id="status-pin" label={ts('status.pin')} help={ts('status.pinHelp')} value={pin} onInput={setPin} />
          <div role="status" aria-live="polite">
            {view.kind === 'busy' && <p>{ts('status.checking')}</p>}
            {view.kind === 'not-found' && <p class="notice">{ts('status.notFound')}</p>}
            {view.kind === 'error' && <p class="notice">{errorText(ts, view.error)}</p>}
          </div>
          <p><button type="submit" class="button button--primary" disabled={view.kind === 'busy'}>{ts('status.check')}</button></p>
        </form>
      )}
    </Page>
  );
}

function errorText(ts: NonNullable<ReturnType<typeof useNamespaceT<'services'>>>, error: StatusError): string {
  switch (error.kind) {
    case 'offline': return ts('status.offline');
    case 'invalid': return ts('status.invalid');
    case 'rate-limited': return ts('status.rateLimited', { minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) });
    default: return ts('status.error');
  }
}
