import { database } from '../db/database';
import type { ReceiptRecord } from '../db/records';

/** Receipts of delivered submissions: the number the city gave, no answers. */
export async function getReceipt(id: string): Promise<ReceiptRecord | undefined> {
  return database().receipts.get(id);
}

/** Newest first. */
export async function listReceipts(): Promise<ReceiptRecord[]> {
  return database().receipts.orderBy('deliveredAt').reverse().toArray();
}
