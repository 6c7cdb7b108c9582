import type { FormIndexEntry } from '../../../lib/content/pack-types';
import type { SubmissionSummary } from '../api/staff-api';
import { keyRing } from '../keys/key-ring';
import { staffPaths } from '../staff-route';
import { formatDateTime } from '../ui/format';
import { StaffIcon } from '../ui/staff-icon';
import { useStaffText } from '../ui/staff-text';
import { formTitle } from './pack-forms';
import { ProgressCell, ProgressHeader, SelectAllHeader, SelectCell } from '../progress/progress-cells';

/** One page of submissions, newest first; whether this tab holds the key to open each. */
export function SubmissionTable({ items, forms }: { items: readonly SubmissionSummary[]; forms: readonly FormIndexEntry[] }) {
  const { t, lang } = useStaffText();
  if (items.length === 0) return <p class="staff-empty">{t('list.empty')}</p>;
  return (
    <div class="staff-table-wrap">
      <table class="staff-table">
        <caption class="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            <SelectAllHeader items={items} />
            <th scope="col">{t('list.receiptNumber')}</th>
            <th scope="col">{t('list.form')}</th>
            <th scope="col">{t('list.receivedAt')}</th>
            <th scope="col">{t('list.status')}</th>
            <ProgressHeader />
            <th scope="col">{t('list.key')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const hasKey = item.keyId !== null && keyRing.value.has(item.keyId);
            return (
              <tr key={item.id}>
                <SelectCell item={item} />
                <th scope="row"><a href={staffPaths.submission(item.id)}>{item.receiptNumber}</a></th>
                <td>{formTitle(forms, item.formId, lang)}</td>
                <td>{formatDateTime(item.receivedAt, lang)}</td>
                <td><span class={`staff-status staff-status--${item.status}`}>{t(`status.${item.status}`)}</span></td>
                <ProgressCell item={item} />
                <td>
                  <code>{item.keyId ?? t('list.keyUnknown')}</code>{' '}
                  <span class={hasKey ? 'staff-key-state' : 'staff-key-state staff-key-state--missing'}>
                    <StaffIcon name={hasKey ? 'ok' : 'key'} /> {t(hasKey ? 'list.keyLoaded' : 'list.keyMissing')}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
