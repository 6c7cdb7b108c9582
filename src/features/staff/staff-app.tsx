import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ChunkErrorScreen } from '../errors/chunk-error-screen';
import { Page } from '../../ui/page';
import { CounterConsole } from './counter/counter-console';
import { FleetScreen } from './fleet/fleet-screen';
import { keysDroppedIdle, watchKeyIdleness } from './keys/idle-key-wipe';
import { NoticesScreen } from './notices/notices-screen';
import { HoldsScreen } from './library/holds-screen';
import { ReservationsScreen } from './reservations/reservations-screen';
import { QrCodesScreen } from './qr-codes/qr-codes-screen';
import { LoginScreen } from './session/login-screen';
import { restoreSession } from './session/session';
import { session } from './session/session-state';
import { StaffNav } from './staff-nav';
import { matchStaffRoute, type StaffRoute } from './staff-route';
import { SubmissionScreen } from './submissions/submission-screen';
import { SubmissionsScreen } from './submissions/submissions-screen';
import { SheltersScreen } from './shelters/shelters-screen';
import { adoptStaffStyles } from './ui/staff-styles';
import { StaffTextProvider, useLoadStaffText, useStaffText } from './ui/staff-text';

/**
 * The staff console: one lazy chunk, styles included (this file's name starts with
 * `staff-`, which the service worker's precache skips), so kiosks never download it.
 */
export default function StaffApp() {
  adoptStaffStyles();
  const text = useLoadStaffText();
  useEffect(() => {
    if (session.value.status === 'checking') void restoreSession();
  }, []);
  if (text === 'failed') return <ChunkErrorScreen />;
  if (!text) return <div class="staff" aria-busy="true" />;
  return (
    <StaffTextProvider value={text}>
      {/* The page may be in another language (the last visitor's); the console is in its own. */}
      <div class="staff" lang={text.lang}>
        <StaffBody />
      </div>
    </StaffTextProvider>
  );
}

function StaffBody() {
  const { t } = useStaffText();
  const { path } = useLocation();
  const current = session.value;
  const signedIn = current.status === 'signed-in';
  useEffect(() => {
    if (!signedIn) return undefined;
    return watchKeyIdleness(window, () => {
      keysDroppedIdle.value = true;
    });
  }, [signedIn]);
  if (current.status === 'checking') {
    return <Page title={t('session.checking')}><p aria-busy="true">{t('session.checkingBody')}</p></Page>;
  }
  // A deep link (a submission someone sent a colleague) survives the login.
  if (current.status === 'signed-out') return <LoginScreen reason={current.reason} />;
  const route = matchStaffRoute(path);
  return (
    <>
      <StaffNav user={current.user} route={route} />
      {/* Shelter staff may only set shelter status: every page of theirs is that one. */}
      {current.user.role === 'shelter' ? <SheltersScreen /> : <Screen route={route} />}
    </>
  );
}

function Screen({ route }: { route: StaffRoute }) {
  const { t } = useStaffText();
  switch (route.name) {
    case 'home':
    case 'submissions':
      return <SubmissionsScreen />;
    case 'submission':
      return <SubmissionScreen key={route.id} id={route.id} />;
    case 'fleet':
      return <FleetScreen />;
    case 'notices':
      return <NoticesScreen />;
    case 'qr-codes':
      return <QrCodesScreen />;
    case 'shelters':
      return <SheltersScreen />;
    case 'library-holds':
      return <HoldsScreen />;
    case 'reservations':
      return <ReservationsScreen />;
    case 'counter':
      return <CounterConsole />;
    case 'not-found':
      return <Page title={t('notFound.title')}><p>{t('notFound.body')}</p></Page>;
  }
}
