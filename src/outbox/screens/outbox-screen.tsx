import type { TFunction } from 'i18next';
import { currentLanguage, useNamespaceT, useT } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import { isOnline } from '../../app/network-status';
import { Page } from '../../ui/page';
import type { OutboxRecord } from '../../db/records';
import { outboxErrorCodes, type OutboxErrorCode } from '../deliver';
import { stuckReason } from '../stuck';
import { FT, FormContentProvider } from '../../features/forms/form-content';
import { pickFormLanguage } from '../../features/forms/form-language';
import { flushNow, useOutboxService } from '../outbox-service';
import { outboxProgress } from '../outbox-status';
import { removeFailed, useOutboxLists } from './use-outbox-lists';
import { useFormIndex } from '../../features/forms/use-form-index';
import { ReceiptState } from '../../features/services/status/receipt-state';
import { HoldLine } from '../../features/library/hold-line';
import { useReceiptStatuses } from '../../features/services/status/use-receipt-statuses';
import '../../features/forms/forms.css';
import '../../features/forms/receipt.css';

/** /outbox (phones): what waits to be sent and why, "send now", and the receipts of what was delivered. */
export default function OutboxScreen() {
  const t = useT();
  const tf = useNamespaceT('forms');
  const lists = useOutboxLists();
  const forms = useFormIndex();
  const statuses = useReceiptStatuses(lists.loaded ? lists.receipts : []);
  useOutboxService();
  const htmlLang = languageInfo(currentLanguage.value).htmlLang;
  const when = (value: string | number) => new Intl.DateTimeFormat(htmlLang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(new Date(value));
  if (!tf || !lists.loaded) return <Page title={t('content.loading')}><p role="status">{t('content.loading')}</p></Page>;
  const progress = outboxProgress.value;
  const retryable = lists.waiting.filter((item) => item.nextAttemptAt !== Number.POSITIVE_INFINITY);
  const formTitle = (formId: string) => {
    const entry = forms.get(formId);
    // Each form in its own language choice: one may be in Nepali, the next only in Japanese.
    return entry ? <FormContentProvider value={{ ...pickFormLanguage(currentLanguage.value, entry.title), ruby: {} }}><FT value={entry.title} /></FormContentProvider> : formId;
  };
  return (
    <Page title={tf('outbox.title')}>
      <>
        <p role="status" class="outbox__progress">{progress ? tf('outbox.sending', { done: progress.done, total: progress.total }) : ''}</p>
        {lists.waiting.length === 0 ? <p>{tf('outbox.empty')}</p> : (
          <ul class="outbox__list" role="list">
            {lists.waiting.map((item) => (
              <li key={item.id} class="card outbox-item">
                <h2 class="outbox-item__title">{formTitle(item.formId)}</h2>
                <HoldLine formId={item.formId} clear={item.clear} note={item.note} />
                <dl class="outbox-item__facts">
                  <dt>{tf('outbox.createdAt')}</dt><dd>{when(item.createdAt)}</dd>
                  <dt>{tf('receipt.localRef')}</dt><dd>{item.id.slice(0, 8)}</dd>
                  <dt>{tf('outbox.status')}</dt><dd>{statusText(tf, item, when)}</dd>
                </dl>
                <StuckNote tf={tf} item={item} />
                {item.nextAttemptAt === Number.POSITIVE_INFINITY && (
                  <button type="button" class="button" onClick={() => void removeFailed(item.id)}>{tf('outbox.remove')}</button>
                )}
              </li>
            ))}
          </ul>
        )}
        {retryable.length > 0 && (
          <p class="cluster">
            <button type="button" class="button button--primary" disabled={!isOnline.value || !!progress} onClick={() => void flushNow({ all: true })}>
              {tf('outbox.sendNow')}
            </button>
            {!isOnline.value && <span>{tf('outbox.offline')}</span>}
          </p>
        )}
        <h2>{tf('outbox.receipts')}</h2>
        {lists.receipts.length === 0 ? <p>{tf('outbox.noReceipts')}</p> : (
          <ul class="outbox__list" role="list">
            {lists.receipts.map((receipt) => (
              <li key={receipt.id}>
                <a class="outbox-receipt" href={`/receipts/${receipt.id}`}>
                  <span class="outbox-receipt__number">{receipt.receiptNumber}</span>
                  <span>{formTitle(receipt.formId)}</span>
                  <HoldLine formId={receipt.formId} clear={receipt.clear} note={receipt.note} />
                  <span class="outbox-receipt__when">{when(receipt.deliveredAt)}</span>
                  <ReceiptState state={statuses.get(receipt.receiptNumber)} />
                </a>
              </li>
            ))}
          </ul>
        )}
      </>
    </Page>
  );
}

type FormsT = TFunction<'forms'>;

/** Attempts, the next try and the last error, in words. */
function statusText(tf: FormsT, item: OutboxRecord, when: (v: number) => string): string {
  const error = outboxErrorCodes.find((code): code is OutboxErrorCode => code === item.lastError);
  const reason = error ? tf(`outbox.errors.${error}`) : '';
  if (item.nextAttemptAt === Number.POSITIVE_INFINITY) return tf('outbox.failed', { reason });
  const parts = [tf('outbox.attempts', { count: item.attempts })];
  if (item.attempts > 0) parts.push(tf('outbox.nextTry', { when: when(Math.max(item.nextAttemptAt, Date.now())) }));
  // A stuck item's reason is said once, in its note.
  if (reason && !stuckReason(item, Date.now())) parts.push(tf('outbox.lastError', { message: reason }));
  return parts.join(' ');
}

/** For an item that waiting alone will not deliver: why, that it is still tried, and that nothing is lost. */
function StuckNote({ tf, item }: { tf: FormsT; item: OutboxRecord }) {
  const reason = item.nextAttemptAt === Number.POSITIVE_INFINITY ? undefined : stuckReason(item, Date.now());
  return reason ? <p class="outbox-item__stuck">{tf('outbox.stuck', { reason: tf(`outbox.errors.${reason}`) })}</p> : null;
}
