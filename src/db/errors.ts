/** Storage failures the UI can explain to a citizen, each with a translated message key. */
export type StorageError = { kind: 'quota-exceeded' } | { kind: 'unavailable'; detail: string };

export function storageError(e: unknown): StorageError {
  const name = e instanceof Error ? e.name : '';
  const inner = (e as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return { kind: 'quota-exceeded' };
  return { kind: 'unavailable', detail: e instanceof Error ? e.message : String(e) };
}
