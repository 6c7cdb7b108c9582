import { effect } from '@preact/signals';
import { setLanguage } from '../i18n';
import { isLanguageCode, matchBrowserLanguage, type LanguageCode } from '../i18n/languages';
import { displayModes, parseDisplayModes } from '../features/display/display-modes';
import { deviceKind } from '../config/device';
import { readBootSettings } from '../db/boot-settings';

/**
 * A citizen's language and display modes. On a phone they are remembered (in the
 * app database, loaded lazily so the first screen does not wait for IndexedDB);
 * on a shared kiosk they are never stored and return to the terminal's defaults.
 */
/** Restores a phone's display modes and returns the language to start in. */
export async function restorePreferences(): Promise<LanguageCode> {
  const stored = deviceKind.value === 'phone'
    ? await readBootSettings(['language', 'displayModes'])
    : new Map<string, unknown>();
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
