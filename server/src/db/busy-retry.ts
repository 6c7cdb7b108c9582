/**
 * Runs a write transaction again when SQLite answers "database is locked". With two server
 * processes on one SQLite file (WAL), a transaction that read before it wrote is refused at
 * once — without waiting out busy_timeout — when another process wrote in between (its
 * snapshot is stale). The transaction was rolled back, so running it again is safe; a short
 * random pause lets the other writer finish. PostgreSQL never raises these codes.
 */
export async function retryWhenSqliteBusy<T>(task: () => Promise<T>, attempts = 50): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (attempt >= attempts || !isSqliteBusy(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(100, 5 * attempt)));
    }
  }
}

export function isSqliteBusy(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}
