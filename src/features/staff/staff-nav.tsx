import { useState } from 'preact/hooks';
import { logOut } from './session/session';
import type { StaffUser } from './session/session-state';
import { staffPaths, type StaffRoute } from './staff-route';
import { errorMessage } from './ui/error-message';
import { useStaffText } from './ui/staff-text';

const sections = [
  { key: 'submissions', href: staffPaths.submissions, current: ['home', 'submissions', 'submission'] },
  { key: 'fleet', href: staffPaths.fleet, current: ['fleet'] },
  { key: 'notices', href: staffPaths.notices, current: ['notices'] },
  { key: 'libraryHolds', href: staffPaths.libraryHolds, current: ['library-holds'] },
  { key: 'reservations', href: staffPaths.reservations, current: ['reservations'] },
  { key: 'counter', href: staffPaths.counter, current: ['counter'] },
  // Signing a notice's QR code is for administrators (the server refuses others too).
  { key: 'qrCodes', href: staffPaths.qrCodes, current: ['qr-codes'], adminOnly: true },
  { key: 'shelters', href: staffPaths.shelters, current: ['shelters'] },
] as const;

/** What each kind of account may open; shelter staff set shelter status and nothing else. */
function visible(section: (typeof sections)[number], role: StaffUser['role']): boolean {
  if (role === 'shelter') return section.key === 'shelters';
  return !('adminOnly' in section) || role === 'admin';
}

/** The console's menu, who is logged in, and logout. */
export function StaffNav({ user, route }: { user: StaffUser; route: StaffRoute }) {
  const text = useStaffText();
  const { t } = text;
  const [error, setError] = useState<string | undefined>();
  async function onLogout() {
    const result = await logOut();
    setError(result.ok ? undefined : errorMessage(text, result.error));
  }
  return (
    <div class="staff-bar">
      <nav class="staff-bar__nav" aria-label={t('nav.label')}>
        <ul class="cluster">
          {sections.filter((s) => visible(s, user.role)).map((s) => (
            <li key={s.key}>
              <a class="staff-bar__link" href={s.href}
                aria-current={(s.current as readonly string[]).includes(route.name) || (user.role === 'shelter' && s.key === 'shelters') ? 'page' : undefined}>
                {t(`nav.${s.key}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div class="staff-bar__user cluster">
        <span>{t('nav.signedInAs', { username: user.username, role: t(`roles.${user.role}`) })}</span>
        <button type="button" class="button" onClick={onLogout}>{t('nav.logout')}</button>
      </div>
      {error && <p class="staff-error" role="alert">{error}</p>}
    </div>
  );
}
