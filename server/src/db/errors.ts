/**
 * True when `error` is a primary-key or unique-constraint violation, on either dialect.
 * Used to detect losing a race on an insert and re-read the winner's row.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = (error as { code: unknown }).code;
  // 23505: PostgreSQL unique_violation. better-sqlite3 reports the extended result code.
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
