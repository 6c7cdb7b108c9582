import { useState } from 'preact/hooks';
import type { StaffNotice } from '../../../../contract/api/notices';
import { Page } from '../../../ui/page';
import { staffApi } from '../api/staff-api';
import { errorMessage } from '../ui/error-message';
import { formatDateTime } from '../ui/format';
import { useApi } from '../ui/use-api';
import { useStaffText } from '../ui/staff-text';
import { NoticeForm } from './notice-form';

/** Notices to kiosks and phones: post one, see those in force, withdraw one. */
export function NoticesScreen() {
  const text = useStaffText();
  const { t } = text;
  const notices = useApi(() => staffApi.notices(), []);
  const fleet = useApi(() => staffApi.fleet(), []);
  const [error, setError] = useState<string | undefined>();
  const kiosks = fleet.state.status === 'ready' ? fleet.state.value.kiosks.filter((k) => !k.revoked) : [];

  async function withdraw(notice: StaffNotice) {
    const result = await staffApi.withdrawNotice(notice.id);
    setError(result.ok ? undefined : errorMessage(text, result.error));
    notices.reload();
  }

  return (
    <Page title={t('notices.title')} wide>
      <div class="staff-columns">
        <section class="stack" aria-labelledby="staff-notices-active">
          <h2 id="staff-notices-active">{t('notices.activeTitle')}</h2>
          <div role="status" aria-live="polite">{error && <p class="staff-error">{error}</p>}</div>
          {notices.state.status === 'loading' && <p aria-busy="true">{t('notices.loading')}</p>}
          {notices.state.status === 'failed' && <p class="staff-error" role="alert">{errorMessage(text, notices.state.error)}</p>}
          {notices.state.status === 'ready' && notices.state.value.notices.length === 0 && <p class="staff-empty">{t('notices.none')}</p>}
          {notices.state.status === 'ready' && (
            <ul class="stack staff-notices">
              {notices.state.value.notices.map((n) => <NoticeItem key={n.id} notice={n} onWithdraw={() => void withdraw(n)} />)}
            </ul>
          )}
        </section>
        <NoticeForm kiosks={kiosks} onPosted={notices.reload} />
      </div>
    </Page>
  );
}

function NoticeItem({ notice, onWithdraw }: { notice: StaffNotice; onWithdraw: () => void }) {
  const { t, lang } = useStaffText();
  return (
    <li class={`card stack staff-notice staff-notice--${notice.severity}`}>
      <p class="staff-notice__severity">{t(`notices.severities.${notice.severity}`)}</p>
      {notice.hazard && <p class="staff-notice__hazard">{t('notices.hazardShown', { hazard: t(`notices.hazards.${notice.hazard}`) })}</p>}
      <p lang="ja">{notice.message.ja}</p>
      {notice.message.en && <p lang="en">{notice.message.en}</p>}
      <p class="staff-meta">
        {t('notices.meta', {
          targets: notice.targets === 'all' ? t('notices.targetAll') : notice.targets.join('、'),
          expires: notice.expiresAt ? formatDateTime(notice.expiresAt, lang) : '—',
          by: notice.createdBy ?? '—',
        })}
      </p>
      <button type="button" class="button staff-small-button" onClick={onWithdraw}>{t('notices.withdraw')}</button>
    </li>
  );
}
