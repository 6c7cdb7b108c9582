import { render } from 'preact';
import { App } from './app/app';
import { currentLanguage, initI18n } from './i18n';
import { bindDisplayModes } from './runtime/display/display-modes';
import { applyDeviceKind } from './config/device';
import { persistDisplayModes, restorePreferences } from './app/preferences';
import { registerServiceWorker } from './app/register-sw';
import { watchNetworkStatus } from './app/network-status';
import { installUiRuby } from './ui/ui-ruby-hook';
import { kioskProblem } from './runtime/kiosk/kiosk-state';
import { deviceKind } from './config/device';
import { kioskIdentity } from './runtime/kiosk/kiosk-identity';
import { preloadScreen } from './app/preload-screen';
import { afterFirstScreen } from './app/first-screen';
import { prefetchStrings } from './i18n/prefetch';
import { followLanguageFonts } from './app/script-fonts/script-fonts';

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
  // What the first screen needs, fetched side by side rather than one after another:
  // its chunk and the strings of the likely language, while the preferences are read.
  preloadScreen(location.pathname);
  if (location.pathname !== '/attract') void import('./app/app-footer').catch(() => undefined);
  prefetchStrings(startUrl);
  const language = await restorePreferences(startUrl);
  // Chinese, Korean, Nepali and Vietnamese text needs its font from the first screen on.
  followLanguageFonts();
  applyDeviceKind();
  if (deviceKind.value === 'kiosk') await prepareKioskStart(language);
  else await initI18n(language);
  persistDisplayModes();
  installUiRuby();
  render(<App />, document.getElementById('app')!);
  await afterFirstScreen();
  // The UI font's @font-face rules (250 unicode-range subsets, ~60 KB gzip of CSS)
  // load after the first screen; text shows in the system font until then.
  void import('./app/fonts');
  void registerServiceWorker();
  void import('./runtime/offline-ready/offline-readiness').then((m) => m.watchOfflineReadiness(() => currentLanguage.value));
  void import('./runtime/content/content-sync').then((m) => m.startContentSync());
  void import('./runtime/notices/notice-sync').then((m) => m.startNoticeSync());
  // Deliver anything queued while offline (encrypted submissions), at every start.
  void import('./outbox/outbox-service').then((m) => m.startOutbox());
}

/**
 * A kiosk's first screen needs its runtime and its terminal configuration from the pack:
 * loaded and read (without Dexie) while the strings load, so the attract loop shows at
 * the first render instead of after an operator screen saying "preparing".
 */
async function prepareKioskStart(language: Awaited<ReturnType<typeof restorePreferences>>): Promise<void> {
  void import('./runtime/kiosk/kiosk-runtime').catch(() => undefined);
  const terminalId = kioskIdentity.value?.terminalId;
  // If this read fails, the kiosk runtime reads its configuration through Dexie as before.
  const prime = terminalId ? import('./runtime/kiosk/kiosk-start').then((m) => m.primeKioskStart(terminalId)).catch(() => undefined) : undefined;
  await Promise.all([prime, initI18n(language)]);
}

void start();
