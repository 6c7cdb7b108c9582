import { Page } from '../../../ui/page';
import { staffApi } from '../api/staff-api';
import type { SubmissionDetail } from '../../../../contract/api/staff-submissions';
import { KeysPanel } from '../keys/keys-panel';
import { staffPaths } from '../staff-route';
import { errorMessage } from '../ui/error-message';
import { formatDateTime } from '../ui/format';
import { useApi } from '../ui/use-api';
import { useStaffText } from '../ui/staff-text';
import { DecryptedAnswers } from './decrypted-answers';
import { formTitle, useFormIndex } from './pack-forms';
import { ProcessControl, type ProcessState } from './process-control';

/** One submission: its record, its answers decrypted here, and "mark processed". */
export function SubmissionScreen({ id }: { id: string }) {
  const text = useStaffText();
  const { t } = text;
  const { state, replace } = useApi(() => staffApi.submission(id), [id]);
  if (state.status === 'loading') return <Page title={t('detail.loading')}><p aria-busy="true">{t('detail.loading')}</p></Page>;
  if (state.status === 'failed') {
    return (
      <Page title={t('detail.failedTitle')}>
        <p class="staff-error" role="alert">{errorMessage(text, state.error)}</p>
        <a href={staffPaths.submissions}>{t('detail.back')}</a>
      </Page>
    );
  }
  const detail = state.value;
  return (
    <Page title={t('detail.title', { receiptNumber: detail.receiptNumber })} wide>
      <p><a href={`${staffPaths.submissions}?form=${encodeURIComponent(detail.formId)}`}>{t('detail.back')}</a></p>
      <div class="staff-columns">
        <div class="stack">
          <SubmissionRecord detail={detail} onChange={(next) => replace({ ...detail, ...next })} />
          <DecryptedAnswers detail={detail} />
        </div>
        <aside aria-label={t('list.tools')}><KeysPanel /></aside>
      </div>
    </Page>
  );
}

function SubmissionRecord({ detail, onChange }: { detail: SubmissionDetail; onChange: (state: ProcessState) => void }) {
  const { t, lang } = useStaffText();
  const forms = useFormIndex();
  return (
    <section class="card stack" aria-labelledby="staff-record-title">
      <h2 id="staff-record-title">{t('detail.record')}</h2>
      <dl class="staff-facts">
        <dt>{t('list.receiptNumber')}</dt><dd>{detail.receiptNumber}</dd>
        <dt>{t('list.form')}</dt><dd>{formTitle(forms, detail.formId, lang)}</dd>
        <dt>{t('list.receivedAt')}</dt><dd>{formatDateTime(detail.receivedAt, lang)}</dd>
        <dt>{t('list.status')}</dt>
        <dd>
          <span class={`staff-status staff-status--${detail.status}`}>{t(`status.${detail.status}`)}</span>
          {detail.processedAt && ` ${t('detail.processedBy', { at: formatDateTime(detail.processedAt, lang), by: detail.processedBy ?? '' })}`}
        </dd>
      </dl>
      <ProcessControl detail={detail} onChange={onChange} />
    </section>
  );
}
