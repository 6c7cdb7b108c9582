/**
 * Paths the service worker must never answer with the app shell: the API,
 * content packs, the staff console (never cached on kiosks) and files.
 */
export const navigationDenylist: RegExp[] = [/^\/api\//, /^\/packs\//, /^\/staff(\/|$)/, /\/[^/?]+\.[a-z0-9]+$/i];

export function isShellNavigation(pathname: string): boolean {
  return !navigationDenylist.some((re) => re.test(pathname));
}
