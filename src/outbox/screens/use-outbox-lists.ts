import { useEffect, useState } from 'preact/hooks';
import type { OutboxRecord, ReceiptRecord } from '../../db/records';
import { outboxRevision, refreshOutboxStatus } from '../outbox-status';

export interface OutboxLists {
  loaded: boolean;
  waiting: OutboxRecord[];
  receipts: ReceiptRecord[];
}

/** What waits and what was delivered, re-read on every outbox change. */
export function useOutboxLists(): OutboxLists {
  const [lists, setLists] = useState<OutboxLists>({ loaded: false, waiting: [], receipts: [] });
  const revision = outboxRevision.value;
  useEffect(() => {
    let live = true;
    void Promise.all([import('../store'), import('../receipts')])
      .then(([outbox, receipts]) => Promise.all([outbox.listOutbox(), receipts.listReceipts()]))
      .then(([waiting, receipts]) => { if (live) setLists({ loaded: true, waiting, receipts }); })
      .catch((e: unknown) => { console.warn('outbox: could not be read', e); if (live) setLists((l) => ({ ...l, loaded: true })); });
    return () => { live = false; };
  }, [revision]);
  return lists;
}

export async function removeFailed(id: string): Promise<void> {
  const { removeOutboxItem } = await import('../store');
  await removeOutboxItem(id);
  await refreshOutboxStatus();
}
