import { effect } from '@preact/signals';
import { setLanguage } from '../i18n';
import { isLanguageCode, matchBrowserLanguage, type LanguageCode } from '../i18n/languages';
import { displayModes, parseDisplayModes } from '../runtime/display/display-modes';
import { deviceKind } from '../config/device';
import { readBootSettings } from '../db/boot-settings';
import { kioskIdentity, parseKioskIdentity } from '../runtime/kiosk/kiosk-identity';

/**
 * A citizen's language and display modes. On a phone they are remembered (in the
 * app database, loaded lazily so the first screen does not wait for IndexedDB);
 * on a shared kiosk they are never stored and return to the terminal's defaults.
 */
/**
 * Decides what this device is and restores a phone's display modes; returns the
 * language to start in. An enrolled kiosk ignores anything a citizen might have
 * chosen: it starts from its terminal configuration (applied by the kiosk runtime).
 */
export async function restorePreferences(): Promise<LanguageCode> {
  const stored = await readBootSettings(['language', 'displayModes', 'kiosk']);
  const identity = parseKioskIdentity(stored.get('kiosk'));
  if (identity) {
    kioskIdentity.value = identity;
    deviceKind.value = 'kiosk';
    return 'ja';
  }
  if (stored.has('displayModes')) displayModes.value = parseDisplayModes(stored.get('displayModes'));
  const language = stored.get('language');
  return isLanguageCode(language) ? language : matchBrowserLanguage(navigator.languages ?? [navigator.language]);
}

/** Saves display modes whenever they change, on phones only. */
export function persistDisplayModes(): () => void {
  let first = true;
  return effect(() => {
    const modes = displayModes.value;
    if (first) { first = false; return; }
    if (deviceKind.value !== 'phone') return;
    void import('../db/settings').then(({ writeSetting }) => writeSetting('displayModes', modes));
  });
}

export async function chooseLanguage(code: LanguageCode): Promise<void> {
  await setLanguage(code);
  if (deviceKind.value === 'phone') {
    const { writeSetting } = await import('../db/settings');
    await writeSetting('language', code);
  }
}
