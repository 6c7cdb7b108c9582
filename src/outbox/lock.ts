/**
 * One flush at a time across the page, other tabs and the service worker. The
 * server would accept a duplicate PUT (it is idempotent), but two contexts
 * sending the same item would both count attempts and race to store the receipt.
 */
export const outboxLockName = 'madoguchi-outbox';

let chain: Promise<unknown> = Promise.resolve();

export function withOutboxLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks && typeof locks.request === 'function') return locks.request(outboxLockName, () => task());
  // Without the Web Locks API (old Safari, tests) this context at least never overlaps itself.
  const run = chain.then(task, task);
  chain = run.catch(() => undefined);
  return run;
}
