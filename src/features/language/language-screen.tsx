import { useLocation } from 'preact-iso';
import { currentLanguage, useT } from '../../i18n';
import { languages, type LanguageCode } from '../../i18n/languages';
import { chooseLanguage } from '../../app/preferences';
import { Page } from '../../ui/page';
import './language-screen.css';
// Each language's own name in its own script, with no system font (see styles/script-fonts.css).
import '../../app/script-fonts/language-names.css';

/** Each language is offered in its own name and script, with the right `lang` for screen readers. */
export default function LanguageScreen() {
  const t = useT();
  const { route } = useLocation();
  const choose = async (code: LanguageCode) => {
    await chooseLanguage(code);
    route('/');
  };
  return (
    <Page title={t('language.title')}>
      <ul class="language-list" role="list">
        {languages.map((l) => {
          const selected = currentLanguage.value === l.code;
          return (
            <li key={l.code}>
              <button
                type="button"
                class="button language-list__item"
                lang={l.htmlLang}
                aria-current={selected ? 'true' : undefined}
                onClick={() => void choose(l.code)}
              >
                {l.nativeName}
                {selected && <span class="visually-hidden"> ({t('language.current')})</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </Page>
  );
}
