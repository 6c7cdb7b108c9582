import { effect } from '@preact/signals';
import { setLanguage } from '../i18n';
import { isLanguageCode, matchBrowserLanguage, type LanguageCode } from '../i18n/languages';
import { displayModes, parseDisplayModes } from '../runtime/display/display-modes';
import { deviceKind } from '../config/device';
import { findKioskMarker, writeKioskMarker } from '../config/kiosk-marker';
import { readBootSettings } from '../db/boot-settings';
import { kioskIdentity, parseKioskIdentity } from '../runtime/kiosk/kiosk-identity';
import { kioskProblem } from '../runtime/kiosk/kiosk-state';

/**
 * Decides what this device is and restores a phone's display modes; returns the
 * language to start in. A phone remembers its citizen's language and display modes
 * (in the app database, read without Dexie so the first screen does not wait); a
 * kiosk stores none and starts from its terminal configuration (applied by the
 * kiosk runtime).
 *
 * Being a kiosk does not depend on the database: the kiosk marker (address or Cache
 * Storage, see config/kiosk-marker) decides, and a kiosk whose identity is missing or
 * unreadable stays a kiosk with a problem for the operator screen.
 */
export async function restorePreferences(url = new URL(location.href)): Promise<LanguageCode> {
  const [marker, stored] = await Promise.all([findKioskMarker(url), readBootSettings(['language', 'displayModes', 'kiosk'])]);
  const identity = parseKioskIdentity(stored.values.get('kiosk'));
  if (marker || identity) {
    deviceKind.value = 'kiosk';
    // A terminal enrolled before the marker existed: mark it now.
    if (identity && !marker) void writeKioskMarker({ terminalId: identity.terminalId });
    if (identity) kioskIdentity.value = identity;
    else kioskProblem.value ??= stored.readable ? 'not-enrolled' : 'unreadable';
    return 'ja';
  }
  if (stored.values.has('displayModes')) displayModes.value = parseDisplayModes(stored.values.get('displayModes'));
  // Opened from a kiosk's "continue on your phone" code: read the same way as at the kiosk.
  if (url.searchParams.has('lang')) {
    const handed = await import('./handoff-arrival').then((m) => m.arriveFromHandoff(url));
    if (handed) return handed;
  }
  const language = stored.values.get('language');
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
