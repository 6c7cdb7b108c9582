import { useEffect, useState } from 'preact/hooks';
import type { TFunction } from 'i18next';
import type { LibraryHold } from '../../../../contract/api/library';
import { i18n, loadNamespace } from '../../../i18n';
import { Page } from '../../../ui/page';
import { BranchName } from '../../library/branch-name';
import { staffApi } from '../api/staff-api';
import { staffPaths } from '../staff-route';
import { useStaffText } from '../ui/staff-text';

type Status = 'received' | 'processed';
type State = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; items: LibraryHold[] };

/**
 * Library holds for the library's staff: the book and pickup branch are in the clear, so
 * the book can be fetched from the shelf at once; the card number and password are
 * decrypted on the submission's own page, which also marks the hold processed.
 */
export function HoldsScreen() {
  const { lang } = useStaffText();
  const [t, setT] = useState<TFunction<'library'> | undefined>(() => (i18n.hasResourceBundle(lang, 'library') ? i18n.getFixedT(lang, 'library') : undefined));
  const [status, setStatus] = useState<Status>('received');
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [reload, setReload] = useState(0);
  const [changeFailed, setChangeFailed] = useState(false);
  useEffect(() => {
    if (!t) void loadNamespace('library', [lang]).then(() => setT(() => i18n.getFixedT(lang, 'library')));
  }, [lang]);
  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    void staffApi.libraryHolds(status).then((result) => {
      if (live) setState(result.ok ? { kind: 'ready', items: result.value.items } : { kind: 'failed' });
    });
    return () => { live = false; };
  }, [status, reload]);
  /** What the citizen's status page says of the hold (see HoldStatusNote): ready at its pickup branch, or declined. */
  async function setProgress(hold: LibraryHold, progress: 'done' | 'declined') {
    const result = await staffApi.setProgress({ ids: [hold.id], state: progress, message: progress === 'done' ? { phrase: 'ready-for-pickup' } : null });
    setChangeFailed(!result.ok);
    if (result.ok) setReload((n) => n + 1);
  }
  if (!t) return <div aria-busy="true" />;
  return (
    <Page title={t('staff.title')} wide>
      <div class="cluster" role="group" aria-label={t('staff.title')}>
        {(['received', 'processed'] as const).map((s) => (
          <button key={s} type="button" class="button" aria-pressed={status === s} onClick={() => setStatus(s)}>
            {t(s === 'received' ? 'staff.waiting' : 'staff.processed')}
          </button>
        ))}
      </div>
      {state.kind === 'loading' && <p aria-busy="true" />}
      {state.kind === 'failed' && <p class="staff-error" role="alert">{t('staff.failed')}</p>}
      {changeFailed && <p class="staff-error" role="alert">{t('staff.progressFailed')}</p>}
      {state.kind === 'ready' && state.items.length === 0 && <p>{t('staff.none')}</p>}
      {state.kind === 'ready' && state.items.length > 0 && (
        <table class="staff-table">
          <thead>
            <tr>
              <th scope="col">{t('staff.receiptNumber')}</th>
              <th scope="col">{t('staff.receivedAt')}</th>
              <th scope="col">{t('staff.book')}</th>
              <th scope="col">{t('staff.pickup')}</th>
              <th scope="col">{t('staff.progress')}</th>
              <th scope="col"><span class="visually-hidden">{t('staff.open')}</span></th>
            </tr>
          </thead>
          <tbody>
            {state.items.map((hold) => (
              <tr key={hold.id}>
                <td>{hold.receiptNumber}</td>
                <td>{new Date(hold.receivedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'ja-JP', { timeZone: 'Asia/Tokyo' })}</td>
                <td lang="ja">{hold.title ?? t('staff.removed', { id: hold.recordId })}{hold.isbn13 ? ` (ISBN ${hold.isbn13})` : ''}</td>
                <td><BranchName id={hold.pickupBranch} /></td>
                <td>
                  <span class="staff-hold-progress">{t(`staff.states.${hold.progress}`)}</span>
                  <span class="cluster">
                    {hold.progress !== 'done' && <button type="button" class="button" onClick={() => void setProgress(hold, 'done')}>{t('staff.markReady')}</button>}
                    {hold.progress !== 'declined' && <button type="button" class="button" onClick={() => void setProgress(hold, 'declined')}>{t('staff.markDeclined')}</button>}
                  </span>
                </td>
                <td><a href={staffPaths.submission(hold.id)}>{t('staff.open')}</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
