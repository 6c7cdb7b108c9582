import type { LanguageCode } from '../i18n/languages';
import { displayModes } from '../runtime/display/display-modes';

/**
 * A phone opened from a kiosk's "continue on your phone" code (lib/handoff): takes the
 * citizen's language and display modes from the address, keeps them as this phone's own
 * (the phone is theirs), and takes the parameters out of the address bar before any
 * screen reads it (a form would refuse an address it did not sign). Returns the language.
 */
export async function arriveFromHandoff(url: URL): Promise<LanguageCode | undefined> {
  const { readHandoff, withoutHandoff } = await import('../lib/handoff/handoff-params');
  const handoff = readHandoff(url);
  history.replaceState(history.state, '', withoutHandoff(url));
  if (!handoff) return undefined;
  displayModes.value = { ...displayModes.value, ...handoff.modes };
  const modes = displayModes.value;
  // Not awaited: the database module is not on the first screen's path.
  void import('../db/settings')
    .then(({ writeSetting }) => Promise.all([writeSetting('language', handoff.language), writeSetting('displayModes', modes)]))
    .catch((error: unknown) => console.warn('handoff settings not saved; this visit still uses them', error));
  return handoff.language;
}
