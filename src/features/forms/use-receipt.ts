import { useEffect, useState } from 'preact/hooks';
import type { OutboxRecord, ReceiptRecord } from '../../db/records';
import { outboxRevision } from '../../outbox/outbox-status';

export type ReceiptState =
  | { status: 'loading' }
  | { status: 'delivered'; receipt: ReceiptRecord }
  | { status: 'queued'; item: OutboxRecord; failed: boolean }
  | { status: 'unknown' };

/** A submission as this device knows it; re-read whenever the outbox changes (a delivery turns "queued" into a number). */
export function useReceipt(id: string): ReceiptState {
  const [state, setState] = useState<ReceiptState>({ status: 'loading' });
  const revision = outboxRevision.value;
  useEffect(() => {
    let live = true;
    void (async () => {
      const [{ getReceipt }, { outboxItem, isFailedForGood }] = await Promise.all([import('../../outbox/receipts'), import('../../outbox/store')]);
      const receipt = await getReceipt(id);
      const item = receipt ? undefined : await outboxItem(id);
      if (!live) return;
      if (receipt) setState({ status: 'delivered', receipt });
      else if (item) setState({ status: 'queued', item, failed: isFailedForGood(item) });
      else setState({ status: 'unknown' });
    })().catch(() => { if (live) setState({ status: 'unknown' }); });
    return () => { live = false; };
  }, [id, revision]);
  return state;
}
