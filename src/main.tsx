import { render } from 'preact';
import { App } from './app/app';
import { initI18n } from './i18n';
import { bindDisplayModes } from './features/display/display-modes';
import { applyDeviceKind } from './config/device';
import { persistDisplayModes, restorePreferences } from './app/preferences';
import { registerServiceWorker } from './app/register-sw';
import { watchNetworkStatus } from './app/network-status';

async function start(): Promise<void> {
  applyDeviceKind();
  bindDisplayModes();
  watchNetworkStatus();
  await initI18n(await restorePreferences());
  persistDisplayModes();
  render(<App />, document.getElementById('app')!);
  // The UI font's @font-face rules (250 unicode-range subsets, ~60 KB gzip of CSS)
  // load after the first render; text shows in the system font until then.
  void import('./app/fonts');
  void registerServiceWorker();
  void import('./features/content/content-sync').then((m) => m.startContentSync());
}

void start();
