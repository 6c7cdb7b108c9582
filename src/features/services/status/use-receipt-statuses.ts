import { useEffect, useState } from 'preact/hooks';
import type { ProgressState } from '../../../../contract/status';
import { MAX_STATUS_QUERIES } from '../../../../contract/api/status';
import type { ReceiptRecord } from '../../../db/records';
import { isOnline } from '../../../app/network-status';
import { fetchStatus } from './status-api';

/** Asked again this often while the list is open, so a change by staff shows without a reload. */
const REFRESH_MS = 5 * 60_000;

/**
 * The state of this phone's own requests, by receipt number, asked for in one request when
 * online (and again when the network returns): only receipts with a PIN, newest first, at
 * most one batch. Offline the list simply shows no state; nothing is cached.
 */
export function useReceiptStatuses(receipts: readonly ReceiptRecord[]): ReadonlyMap<string, ProgressState> {
  const [states, setStates] = useState<ReadonlyMap<string, ProgressState>>(new Map());
  const online = isOnline.value;
  const queries = receipts.filter((r) => r.pin).slice(0, MAX_STATUS_QUERIES).map((r) => ({ receiptNumber: r.receiptNumber, pin: r.pin ?? '' }));
  const key = queries.map((q) => q.receiptNumber).join(',');
  useEffect(() => {
    if (!online || queries.length === 0) return;
    let live = true;
    const ask = async () => {
      const result = await fetchStatus(queries);
      if (!live || !result.ok) return;
      setStates(new Map(result.value.flatMap((answer) => (answer.found ? [[answer.receiptNumber, answer.state] as const] : []))));
    };
    void ask();
    const timer = setInterval(() => void ask(), REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
    // `key` stands for the queries: a new array each render, the same receipts.
  }, [online, key]);
  return states;
}
