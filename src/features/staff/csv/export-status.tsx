import { useStaffText } from '../ui/staff-text';
import type { ExportProgress } from './collect-export';

export type ExportOutcome = { error: string } | { rows: number; replaced: number; unreadable: string[]; misfits: string[] };

/** Progress while decrypting, then what was written and what was not. */
export function ExportStatus({ progress, outcome }: { progress: ExportProgress | undefined; outcome: ExportOutcome | undefined }) {
  const { t } = useStaffText();
  return (
    <div role="status" aria-live="polite" class="stack">
      {progress && (
        <>
          <progress max={progress.total || 1} value={progress.done} aria-label={t('export.progressLabel')} />
          <p>{progress.phase === 'listing' ? t('export.listing', { count: progress.done }) : t('export.decrypting', { done: progress.done, total: progress.total })}</p>
        </>
      )}
      {outcome && 'error' in outcome && <p class="staff-error">{outcome.error}</p>}
      {outcome && 'rows' in outcome && (
        <>
          <p class="staff-success">{t('export.done', { count: outcome.rows })}</p>
          {outcome.replaced > 0 && <p class="staff-warning">{t('export.replaced', { count: outcome.replaced })}</p>}
          {outcome.misfits.length > 0 && (
            <p class="staff-warning">{t('export.misfits', { count: outcome.misfits.length, receipts: outcome.misfits.join('、') })}</p>
          )}
          {outcome.unreadable.length > 0 && (
            <p class="staff-warning">{t('export.unreadable', { count: outcome.unreadable.length, receipts: outcome.unreadable.join('、') })}</p>
          )}
        </>
      )}
    </div>
  );
}
