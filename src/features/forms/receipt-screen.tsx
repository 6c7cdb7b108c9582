import { useRoute } from 'preact-iso';
import { currentLanguage, useNamespaceT, useT } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import { Page } from '../../ui/page';
import { PrintButton } from '../../ui/print-button';
import { deviceKind } from '../../config/device';
import { endSessionRequest } from '../../runtime/kiosk/kiosk-state';
import { FT, FormContentProvider } from './form-content';
import { pickFormLanguage } from './form-language';
import { useOutboxService } from '../../outbox/outbox-service';
import { ReceiptQr } from './receipt-qr';
import { useFormIndex } from './use-form-index';
import { useFormRubies } from './use-form-rubies';
import { displayModes } from '../../runtime/display/display-modes';
import { useReceipt } from './use-receipt';
import { ReceiptPin } from '../services/status/receipt-pin';
import { ReservationOutcomeNote } from '../reservations/reservation-outcome';
import './forms.css';
import './receipt.css';

/** What a receipt number may look like when it arrives in a link (?n=): nothing else is shown. */
const receiptNumberPattern = /^[A-Z0-9][A-Z0-9-]{0,39}$/;

/**
 * /receipts/:id — after Send. Delivered: the number, large, and a QR code of a
 * link to this page with the number, to keep on a phone. Still queued: the
 * local reference, and the number appears by itself once delivery happens.
 */
export default function ReceiptScreen() {
  const t = useT();
  const tf = useNamespaceT('forms');
  const { params, query } = useRoute();
  const id = params.id ?? '';
  const state = useReceipt(id);
  const forms = useFormIndex();
  useOutboxService();
  const htmlLang = languageInfo(currentLanguage.value).htmlLang;
  const linked = typeof query.n === 'string' && receiptNumberPattern.test(query.n) ? query.n : undefined;
  const number = state.status === 'delivered' ? state.receipt.receiptNumber : state.status === 'unknown' ? linked : undefined;
  const formId = state.status === 'delivered' ? state.receipt.formId : state.status === 'queued' ? state.item.formId : undefined;
  const form = formId ? forms.get(formId) : undefined;
  const language = pickFormLanguage(currentLanguage.value, form?.title);
  // The index has plain titles; the form's own file has their readings.
  const ruby = useFormRubies(formId ? [formId] : [], (language.japaneseFallback || displayModes.value.furigana) && language.lang.startsWith('ja'));
  if (!tf) return <Page title={t('content.loading')}><p role="status">{t('content.loading')}</p></Page>;
  const title = number ? tf('receipt.title') : state.status === 'queued' ? tf('receipt.queuedTitle') : tf('receipt.notFoundTitle');
  return (
    <Page title={title}>
      <div class="receipt-print">
        <p class="receipt__city">{t('app.name')}</p>
        {form && (
          <p class="receipt__form">
            <FormContentProvider value={{ ...language, ruby }}><FT value={form.title} /></FormContentProvider>
          </p>
        )}
        <div class="receipt__status" aria-live="polite">
          {number ? (
            <>
              <p class="receipt__label">{tf('receipt.number')}</p>
              <p class="receipt__number">{number}</p>
              {state.status === 'delivered' && (
                <p>{tf('receipt.deliveredAt', { when: formatWhen(state.receipt.deliveredAt, htmlLang) })}</p>
              )}
              {state.status === 'delivered' && state.receipt.reservation && <ReservationOutcomeNote outcome={state.receipt.reservation} roomId={state.receipt.reservationRoomId} />}
              <ReceiptQr text={`${window.location.origin}/receipts/${encodeURIComponent(id)}?n=${encodeURIComponent(number)}`} label={tf('receipt.qrLabel')} />
              <p class="receipt__qr-help">{tf('receipt.qr')}</p>
              <ReceiptPin id={id} storedPin={state.status === 'delivered' ? state.receipt.pin : undefined} receiptNumber={number} />
            </>
          ) : state.status === 'queued' ? (
            <>
              <p class="receipt__queued">{state.failed ? tf('receipt.failed') : tf('receipt.queued')}</p>
              {state.item.reservation && <ReservationOutcomeNote outcome="waiting" />}
              <p class="receipt__label">{tf('receipt.localRef')}</p>
              <p class="receipt__number receipt__number--local">{id.slice(0, 8)}</p>
              <ReceiptPin id={id} storedPin={state.item.pin} />
            </>
          ) : state.status === 'unknown' ? (
            <p>{tf('receipt.notFound')}</p>
          ) : null}
        </div>
      </div>
      <div class="cluster receipt__actions no-print">
        {(number || state.status === 'queued') && (
          <PrintButton label={tf('receipt.print')} />
        )}
        {deviceKind.value === 'kiosk' ? (
          // On a kiosk "done" ends the session, exactly like the idle wipe: nothing of it stays for the next person.
          <button type="button" class="button button--primary" onClick={() => { endSessionRequest.value++; }}>{tf('receipt.done')}</button>
        ) : (
          <a class="button button--primary" href="/">{tf('receipt.done')}</a>
        )}
      </div>
    </Page>
  );
}

function formatWhen(iso: string, htmlLang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(htmlLang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(date);
}
