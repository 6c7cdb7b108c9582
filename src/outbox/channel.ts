/**
 * The page and the service worker both flush the outbox; whichever delivers,
 * the other hears about it here and re-reads the database (a receipt screen
 * left open turns from "queued" to the receipt number).
 */
export const outboxChannelName = 'madoguchi-outbox';

export function notifyOutboxChanged(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(outboxChannelName);
  channel.postMessage({ type: 'outbox-changed' });
  channel.close();
}

export function onOutboxChanged(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(outboxChannelName);
  channel.onmessage = () => listener();
  return () => channel.close();
}
