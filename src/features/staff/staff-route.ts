/**
 * The console's screens by URL. The app's router hands every /staff URL to the console
 * (`/staff/:page*`); this picks the screen, so /staff itself can be the login page.
 */
export type StaffRoute =
  | { name: 'home' }
  | { name: 'submissions' }
  | { name: 'submission'; id: string }
  | { name: 'fleet' }
  | { name: 'notices' }
  | { name: 'qr-codes' }
  | { name: 'shelters' }
  | { name: 'library-holds' }
  | { name: 'reservations' }
  | { name: 'counter' }
  | { name: 'not-found' };

export const staffPaths = {
  home: '/staff',
  submissions: '/staff/submissions',
  submission: (id: string) => `/staff/submissions/${encodeURIComponent(id)}`,
  fleet: '/staff/fleet',
  notices: '/staff/notices',
  qrCodes: '/staff/qr-codes',
  shelters: '/staff/shelters',
  libraryHolds: '/staff/library-holds',
  reservations: '/staff/reservations',
  counter: '/staff/counter',
} as const;

export function matchStaffRoute(path: string): StaffRoute {
  const parts = path.split('/').filter(Boolean);
  if (parts[0] !== 'staff') return { name: 'not-found' };
  const [, page, id, ...rest] = parts;
  if (rest.length > 0) return { name: 'not-found' };
  if (page === undefined) return { name: 'home' };
  if (page === 'submissions') return id === undefined ? { name: 'submissions' } : { name: 'submission', id: decodeURIComponent(id) };
  if (id !== undefined) return { name: 'not-found' };
  if (page === 'fleet') return { name: 'fleet' };
  if (page === 'notices') return { name: 'notices' };
  if (page === 'qr-codes') return { name: 'qr-codes' };
  if (page === 'shelters') return { name: 'shelters' };
  if (page === 'library-holds') return { name: 'library-holds' };
  if (page === 'reservations') return { name: 'reservations' };
  if (page === 'counter') return { name: 'counter' };
  return { name: 'not-found' };
}
