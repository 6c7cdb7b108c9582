import { signal } from '@preact/signals';
import type { StaffSession } from '../../../../contract/api/staff';

export type StaffUser = StaffSession['user'];

/**
 * Who is logged in. The CSRF token lives here, in memory only: never in storage, so a
 * closed tab leaves nothing behind; a reload gets it back from GET /api/staff/me.
 */
export type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out'; reason?: 'expired' | 'logged-out' }
  | { status: 'signed-in'; user: StaffUser; csrfToken: string };

export const session = signal<SessionState>({ status: 'checking' });

export function csrfToken(): string | undefined {
  const current = session.value;
  return current.status === 'signed-in' ? current.csrfToken : undefined;
}
