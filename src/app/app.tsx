import { ErrorBoundary, LocationProvider, Route, Router, lazy, useLocation } from 'preact-iso';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Header } from './header';
import { UpdatePrompt } from './update-prompt';
import { routes } from './routes';
import { NotFoundScreen } from '../features/errors/not-found-screen';
import { ChunkErrorScreen } from '../features/errors/chunk-error-screen';
import { NoticeBannerSlot } from '../runtime/notices/notice-banner-slot';
import { EvacuationFirstRedirect } from '../features/disaster/evacuation-first-redirect';
import { deviceKind } from '../config/device';
import { stopSpeakingIfAny } from '../runtime/read-aloud/stop-speaking';
import './styles/base.css';
import './app.css';

// Kiosk-only code (idle wipe, keyboard, heartbeat) is a chunk phones never download.
const KioskRuntime = lazy(() => import('../runtime/kiosk/kiosk-runtime').then((m) => m.KioskRuntime));
const AppFooter = lazy(() => import('./app-footer'));

function Screens() {
  const { path } = useLocation();
  const [failed, setFailed] = useState<string | undefined>();
  // The attract loop owns the whole screen; every other screen has the header.
  const fullScreen = path === routes.attract.path;
  // Reading a page stops when the citizen leaves it: the voice must describe what is on screen.
  useEffect(() => stopSpeakingIfAny, [path]);
  return (
    <>
      {!fullScreen && <Header />}
      {/* The attract loop shows its own banner above its cards: one banner, one alert to a screen reader. */}
      {!fullScreen && <NoticeBannerSlot />}
      <EvacuationFirstRedirect />
      {/* Focusable from script only: the skip link's target. */}
      <main id="main" class="app-main" tabIndex={-1}>
        {failed === path ? (
          <ChunkErrorScreen />
        ) : (
          <ErrorBoundary onError={() => setFailed(path)}>
            <Router>
              {Object.values(routes).map((r) => <Route key={r.path} path={r.path} component={r.component} />)}
              <Route default component={NotFoundScreen} />
            </Router>
          </ErrorBoundary>
        )}
      </main>
      {!fullScreen && <ErrorBoundary><AppFooter /></ErrorBoundary>}
      <UpdatePrompt />
    </>
  );
}

function DeviceFrame({ children }: { children: ComponentChildren }) {
  return deviceKind.value === 'kiosk' ? <KioskRuntime>{children}</KioskRuntime> : <>{children}</>;
}

export function App() {
  return (
    <LocationProvider>
      {/* Suspends (rather than throws) while a lazy frame such as the kiosk runtime loads. */}
      <ErrorBoundary>
        <DeviceFrame>
          <Screens />
        </DeviceFrame>
      </ErrorBoundary>
    </LocationProvider>
  );
}
