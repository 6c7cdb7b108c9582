import { effect } from '@preact/signals';
import type { StaffSession } from '../../../../contract/api/staff';
import { staffApi } from '../api/staff-api';
import type { ApiResult } from '../api/http';
import { clearKeys } from '../keys/key-ring';
import { session } from './session-state';

// Keys belong to the person who loaded them: when the session ends (logout or expiry),
// they go too, so the next person at this desk cannot read with them.
effect(() => {
  if (session.value.status === 'signed-out') clearKeys();
});

function signIn({ user, csrfToken }: StaffSession): void {
  session.value = { status: 'signed-in', user, csrfToken };
}

/** After a reload: the HttpOnly cookie may still hold a session; /me says whose, and gives the CSRF token again. */
export async function restoreSession(): Promise<void> {
  const result = await staffApi.me();
  if (result.ok) signIn(result.value);
  else session.value = { status: 'signed-out' };
}

export async function logIn(username: string, password: string): Promise<ApiResult<void>> {
  const result = await staffApi.login({ username, password });
  if (!result.ok) return result;
  signIn(result.value);
  return { ok: true, value: undefined };
}

/** Signs out here only once the server has ended the session: a failed call leaves the cookie valid. */
export async function logOut(): Promise<ApiResult<void>> {
  const result = await staffApi.logout();
  if (result.ok || (result.error.kind === 'http' && result.error.status === 401)) {
    session.value = { status: 'signed-out', reason: 'logged-out' };
    return { ok: true, value: undefined };
  }
  return result;
}
