/**
 * The emergency notices that have already opened the evacuation view in this session
 * on this phone (see evacuation-first.ts). Session storage, because the session
 * survives a reload (pull-to-refresh on home must not bounce the citizen) while a new
 * visit another day is shown the view again. Notice ids only: nothing about the citizen.
 */
const key = 'madoguchi:evacuation-seen';
/** Kept in memory as well, for browsers that refuse session storage (some private modes). */
let memory = new Set<string>();

export function readSeenNotices(): Set<string> {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(key) ?? '[]');
    if (Array.isArray(stored)) for (const id of stored) if (typeof id === 'string') memory.add(id);
  } catch {
    // Unreadable or refused: the in-memory copy still stops a bounce within this page.
  }
  return new Set(memory);
}

export function rememberSeenNotices(ids: readonly string[]): void {
  memory = new Set([...memory, ...ids]);
  try {
    sessionStorage.setItem(key, JSON.stringify([...memory]));
  } catch {
    // Refused (quota, private mode): memory alone is enough until a reload.
  }
}

