import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { TFunction } from 'i18next';
import { currentLanguage, i18n, loadNamespace } from '../../../i18n';
import type { LanguageCode } from '../../../i18n/languages';

/** Staff are city employees: the console speaks Japanese, or English for those who chose it. */
export type StaffLanguage = 'ja' | 'en';

/**
 * The app's fallback (every language → English) suits citizens, not staff: a console left
 * in Korean by the last kiosk visitor shows Japanese, the office language.
 */
export function staffLanguage(language: LanguageCode): StaffLanguage {
  return language === 'en' ? 'en' : 'ja';
}

export interface StaffText {
  t: TFunction<'staff'>;
  lang: StaffLanguage;
}

/** Loads the staff strings for the current language; undefined until they are in, or 'failed'. */
export function useLoadStaffText(): StaffText | undefined | 'failed' {
  const lang = staffLanguage(currentLanguage.value);
  const [failed, setFailed] = useState(false);
  const [, setLoaded] = useState(0);
  const ready = i18n.hasResourceBundle(lang, 'staff');
  useEffect(() => {
    if (ready) return;
    loadNamespace('staff', [lang]).then(() => setLoaded((n) => n + 1), () => setFailed(true));
  }, [lang, ready]);
  if (ready) return { t: i18n.getFixedT(lang, 'staff'), lang };
  return failed ? 'failed' : undefined;
}

const StaffTextContext = createContext<StaffText | undefined>(undefined);

export function StaffTextProvider({ value, children }: { value: StaffText; children: ComponentChildren }) {
  return <StaffTextContext.Provider value={value}>{children}</StaffTextContext.Provider>;
}

/** For components under the console's root, which renders only once the strings are loaded. */
export function useStaffText(): StaffText {
  const text = useContext(StaffTextContext);
  if (!text) throw new Error('useStaffText outside StaffTextProvider');
  return text;
}
