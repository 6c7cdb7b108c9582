import { render } from 'preact';
import { App } from './app/app';
import { initI18n } from './i18n';
import { bindDisplayModes } from './runtime/display/display-modes';
import { applyDeviceKind } from './config/device';
import { persistDisplayModes, restorePreferences } from './app/preferences';
import { registerServiceWorker } from './app/register-sw';
import { watchNetworkStatus } from './app/network-status';
import { installUiRuby } from './ui/ui-ruby-hook';
import { kioskProblem } from './runtime/kiosk/kiosk-state';

async function start(): Promise<void> {
  bindDisplayModes();
  watchNetworkStatus();
  // Read before enrolment takes the token out of the address bar: the address may mark a kiosk.
  const startUrl = new URL(location.href);
  // An operator's one-time enrolment link (/?kiosk=…&token=…) turns this browser into a kiosk.
  if (startUrl.searchParams.has('token') && startUrl.searchParams.has('kiosk')) {
    const { enrolFromUrl } = await import('./runtime/kiosk/kiosk-identity');
    const result = await enrolFromUrl(startUrl);
    if (result && !result.ok) kioskProblem.value = result.reason;
  }
  const language = await restorePreferences(startUrl);
  applyDeviceKind();
  await initI18n(language);
  persistDisplayModes();
  installUiRuby();
  render(<App />, document.getElementById('app')!);
  // The UI font's @font-face rules (250 unicode-range subsets, ~60 KB gzip of CSS)
  // load after the first render; text shows in the system font until then.
  void import('./app/fonts');
  void registerServiceWorker();
  void import('./runtime/content/content-sync').then((m) => m.startContentSync());
  void import('./runtime/notices/notice-sync').then((m) => m.startNoticeSync());
  // Deliver anything queued while offline (encrypted submissions), at every start.
  void import('./outbox/outbox-service').then((m) => m.startOutbox());
}

void start();
