import { listReceipts } from '../../outbox/receipts';

/** A phone's own reply code for this receipt number, so it opens its reply without typing; undefined elsewhere. */
export async function storedReplyCode(receiptNumber: string): Promise<string | undefined> {
  try {
    return (await listReceipts()).find((receipt) => receipt.receiptNumber === receiptNumber)?.replyCode;
  } catch {
    // No storage (a private window, a kiosk's wiped profile): the citizen types the code.
    return undefined;
  }
}
