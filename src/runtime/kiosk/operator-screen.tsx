import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { TFunction } from 'i18next';
import { i18n, loadNamespace } from '../../i18n';
import { useFirstScreenShown } from '../../app/first-screen';
import './kiosk.css';

/** Whoever stands at a broken terminal reads one of these; the city's staff read Japanese or English. */
const operatorLanguages = ['ja', 'en'] as const;

/**
 * For the operator setting up a terminal: never a blank page, always what to do,
 * in Japanese and English whatever language the terminal was left in. `message` is
 * called once per language; `details` (e.g. config paths) is shown once, untranslated.
 */
export function OperatorScreen({ message, details }: { message: (t: TFunction<'common'>) => ComponentChildren; details?: ComponentChildren }) {
  const [loaded, setLoaded] = useState(() => operatorLanguages.every((l) => i18n.hasResourceBundle(l, 'common')));
  // A broken terminal's screen is its first screen too: content sync may be what repairs it.
  useFirstScreenShown();
  useEffect(() => {
    if (!loaded) void loadNamespace('common', operatorLanguages).then(() => setLoaded(true), () => undefined);
  }, []);
  const languages = loaded ? operatorLanguages : operatorLanguages.filter((l) => i18n.hasResourceBundle(l, 'common'));
  return (
    <div class="operator-screen" role="alert">
      {languages.map((language, index) => {
        const t = i18n.getFixedT(language, 'common');
        const Heading = index === 0 ? 'h1' : 'h2';
        return (
          <section key={language} lang={language} class="operator-screen__language">
            <Heading>{t('kiosk.operatorTitle')}</Heading>
            {message(t)}
          </section>
        );
      })}
      {details}
    </div>
  );
}
