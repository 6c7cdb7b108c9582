import { ErrorBoundary, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { Header } from './header';
import { UpdatePrompt } from './update-prompt';
import { routes } from './routes';
import { NotFoundScreen } from '../features/errors/not-found-screen';
import { ChunkErrorScreen } from '../features/errors/chunk-error-screen';
import { PackFooter } from '../features/content/pack-footer';
import { useState } from 'preact/hooks';
import './styles/base.css';
import './app.css';

function Shell() {
  const { path } = useLocation();
  const [failed, setFailed] = useState<string | undefined>();
  // The attract loop owns the whole screen; every other screen has the header.
  const fullScreen = path === routes.attract.path;
  return (
    <>
      {!fullScreen && <Header />}
      <main id="main" class="app-main">
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
      {!fullScreen && <PackFooter />}
      <UpdatePrompt />
    </>
  );
}

export function App() {
  return (
    <LocationProvider>
      <Shell />
    </LocationProvider>
  );
}
