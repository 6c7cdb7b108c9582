import { useState } from 'preact/hooks';
import type { SubmissionDetail } from '../../../../contract/api/staff-submissions';
import { staffApi } from '../api/staff-api';
import { errorMessage } from '../ui/error-message';
import { useStaffText } from '../ui/staff-text';
import { useUndoWindow } from '../ui/undo-window';

export type ProcessState = Pick<SubmissionDetail, 'status' | 'processedAt' | 'processedBy'>;

/**
 * 処理済みにする with a confirmation that names the receipt number, then an undo offered
 * for a few seconds: the mark takes a submission off the 未処理 list, where a mis-click
 * would hide a citizen's request. Both the mark and the undo are audited on the server.
 */
export function ProcessControl({ detail, onChange }: { detail: SubmissionDetail; onChange: (state: ProcessState) => void }) {
  const text = useStaffText();
  const { t } = text;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>();
  const undo = useUndoWindow<string>();

  async function act(call: () => ReturnType<typeof staffApi.markProcessed>, done: string, after: () => void) {
    setBusy(true);
    const result = await call();
    setBusy(false);
    if (!result.ok) return setMessage({ error: true, text: errorMessage(text, result.error) });
    const { status, processedAt, processedBy } = result.value;
    onChange({ status, processedAt, processedBy });
    setMessage({ error: false, text: done });
    after();
  }

  const mark = () => act(() => staffApi.markProcessed(detail.id), t('detail.processedDone'), () => {
    setConfirming(false);
    undo.open(detail.id);
  });
  const takeBack = () => act(() => staffApi.undoProcessed(detail.id), t('detail.undone'), undo.close);

  return (
    <div class="stack">
      <div role="status" aria-live="polite">{message && <p class={message.error ? 'staff-error' : 'staff-success'}>{message.text}</p>}</div>
      {detail.status === 'received' && !confirming && (
        <button type="button" class="button button--primary" disabled={busy} onClick={() => setConfirming(true)}>
          {t('detail.markProcessed')}
        </button>
      )}
      {detail.status === 'received' && confirming && (
        <div class="staff-confirm stack" role="group" aria-labelledby="staff-confirm-processed">
          <p id="staff-confirm-processed"><strong>{t('detail.confirmProcessed', { receiptNumber: detail.receiptNumber })}</strong></p>
          <div class="cluster">
            <button type="button" class="button button--primary" disabled={busy} onClick={() => void mark()}>{t('detail.confirmYes')}</button>
            <button type="button" class="button" disabled={busy} onClick={() => setConfirming(false)}>{t('detail.confirmNo')}</button>
          </div>
        </div>
      )}
      {detail.status === 'processed' && undo.offer && (
        <button type="button" class="button" disabled={busy} onClick={() => void takeBack()}>
          {t('detail.undo', { seconds: undo.offer.remaining })}
        </button>
      )}
    </div>
  );
}
