import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { Page } from '../../../ui/page';
import { staffApi } from '../api/staff-api';
import { ExportPanel } from '../csv/export-panel';
import { KeysPanel } from '../keys/keys-panel';
import { staffPaths } from '../staff-route';
import { errorMessage } from '../ui/error-message';
import { useApi } from '../ui/use-api';
import { useStaffText } from '../ui/staff-text';
import { useFormIndex } from './pack-forms';
import { filterFromQuery, filterQuery, SubmissionFilter, type ListFilter } from './submission-filter';
import { SubmissionTable } from './submission-table';
import { ProgressPanel } from '../progress/progress-panel';
import { progressRevision } from '../progress/progress-state';

export const PAGE_SIZE = 50;

export function SubmissionsScreen() {
  const { t } = useStaffText();
  const { query, route } = useLocation();
  const filter = filterFromQuery(query);
  const forms = useFormIndex();
  const change = (next: ListFilter) => route(`${staffPaths.submissions}${filterQuery(next)}`, true);
  return (
    <Page title={t('list.title')} wide>
      <div class="staff-columns">
        <div class="stack">
          <SubmissionFilter filter={filter} forms={forms} onChange={change} />
          {/* A new filter starts again at the first page. */}
          <SubmissionPages key={filterQuery(filter)} filter={filter} forms={forms} />
        </div>
        <aside class="stack" aria-label={t('list.tools')}>
          <ProgressPanel />
          <KeysPanel />
          <ExportPanel filter={filter} />
        </aside>
      </div>
    </Page>
  );
}

function SubmissionPages({ filter, forms }: { filter: ListFilter; forms: Parameters<typeof SubmissionTable>[0]['forms'] }) {
  const text = useStaffText();
  const { t } = text;
  // Keyset paging: the server gives a cursor for the next page; earlier ones are remembered here.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors.at(-1);
  const { state, reload } = useApi(() => staffApi.listSubmissions({ ...filter, cursor, limit: PAGE_SIZE }), [cursor, progressRevision.value]);
  if (state.status === 'loading') return <p aria-busy="true">{t('list.loading')}</p>;
  if (state.status === 'failed') {
    return (
      <div class="stack" role="alert">
        <p class="staff-error">{errorMessage(text, state.error)}</p>
        <button type="button" class="button" onClick={reload}>{t('common.retry')}</button>
      </div>
    );
  }
  const { items, nextCursor } = state.value;
  return (
    <div class="stack">
      <SubmissionTable items={items} forms={forms} />
      <nav class="cluster" aria-label={t('list.paging')}>
        <span>{t('list.pageNumber', { page: cursors.length })}</span>
        <button type="button" class="button" disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
          {t('list.previous')}
        </button>
        <button type="button" class="button" disabled={nextCursor === null} onClick={() => setCursors((c) => [...c, nextCursor ?? undefined])}>
          {t('list.next')}
        </button>
        <button type="button" class="button" onClick={reload}>{t('list.refresh')}</button>
      </nav>
    </div>
  );
}
