import type { FormIndexEntry } from '../../../lib/content/pack-types';
import { submissionStatuses, type SubmissionStatus } from '../api/staff-api';
import { useStaffText } from '../ui/staff-text';
import { formTitle } from './pack-forms';

export interface ListFilter {
  formId: string | undefined;
  status: SubmissionStatus | undefined;
}

/** The list's filter lives in the URL, so a reload, the back button and a shared link keep it. */
export function filterFromQuery(query: Record<string, string>): ListFilter {
  const status = submissionStatuses.find((s) => s === query.status);
  return { formId: query.form || undefined, status };
}

export function filterQuery({ formId, status }: ListFilter): string {
  const params = new URLSearchParams();
  if (formId) params.set('form', formId);
  if (status) params.set('status', status);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function SubmissionFilter({ filter, forms, onChange }: {
  filter: ListFilter;
  forms: readonly FormIndexEntry[];
  onChange: (filter: ListFilter) => void;
}) {
  const { t, lang } = useStaffText();
  // A form that has submissions but left the pack is still offered by its id.
  const ids = [...new Set([...forms.map((f) => f.id), ...(filter.formId ? [filter.formId] : [])])];
  return (
    <div class="cluster staff-filter" role="group" aria-label={t('list.filterLabel')}>
      <div class="staff-field">
        <label for="staff-filter-form">{t('list.form')}</label>
        <select id="staff-filter-form" value={filter.formId ?? ''}
          onChange={(e) => onChange({ ...filter, formId: e.currentTarget.value || undefined })}>
          <option value="">{t('list.allForms')}</option>
          {ids.map((id) => <option key={id} value={id}>{formTitle(forms, id, lang)}</option>)}
        </select>
      </div>
      <div class="staff-field">
        <label for="staff-filter-status">{t('list.status')}</label>
        <select id="staff-filter-status" value={filter.status ?? ''}
          onChange={(e) => onChange({ ...filter, status: submissionStatuses.find((s) => s === e.currentTarget.value) })}>
          <option value="">{t('list.allStatuses')}</option>
          {submissionStatuses.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
        </select>
      </div>
    </div>
  );
}
