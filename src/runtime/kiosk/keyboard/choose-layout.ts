import type { LanguageCode } from '../../../i18n/languages';
import { isLayoutId, nativeLayout, type LayoutId } from './layouts';

/** What the page says about a field, read before the keyboard sets inputmode="none". */
export interface FieldHints {
  /** `data-osk`: the page's explicit choice. */
  osk?: string | null;
  type?: string | null;
  inputMode?: string | null;
  autocomplete?: string | null;
}

const numericTypes = new Set(['tel', 'number']);
const numericModes = new Set(['tel', 'numeric', 'decimal']);
const alphaTypes = new Set(['email', 'url', 'password']);
const alphaModes = new Set(['email', 'url']);
const numericAutocomplete = /(^|\s)(tel|tel-national|tel-local|postal-code|bday-day|bday-month|bday-year)$/;
const alphaAutocomplete = /(^|\s)(email|url|username)$/;

/**
 * The keyboard a field opens with: `data-osk` if the page set it, else what the
 * field's type, inputmode or autocomplete imply (tel, numeric → numbers; email,
 * url → letters), else the reader's own script (kana, 한글, देवनागरी) or letters.
 */
export function chooseLayout(hints: FieldHints, language: LanguageCode): LayoutId {
  const osk = hints.osk?.trim().toLowerCase();
  if (isLayoutId(osk)) return osk;
  const type = hints.type?.toLowerCase() ?? '';
  const mode = hints.inputMode?.toLowerCase() ?? '';
  const autocomplete = hints.autocomplete?.toLowerCase().trim() ?? '';
  if (numericTypes.has(type) || numericModes.has(mode) || numericAutocomplete.test(autocomplete)) return 'numeric';
  if (alphaTypes.has(type) || alphaModes.has(mode) || alphaAutocomplete.test(autocomplete)) return 'alpha';
  return nativeLayout(language) ?? 'alpha';
}
