import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { loadNamespace, tFor, useT } from '../../i18n';
import { languages } from '../../i18n/languages';
import './attract-screen.css';

const rotationMs = 3500;

/**
 * The kiosk's resting screen. The greeting cycles through every language so a
 * passer-by sees their own; a touch anywhere starts a session at the home screen.
 */
export default function AttractScreen() {
  const t = useT();
  const { route } = useLocation();
  const [index, setIndex] = useState(0);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    void loadNamespace('attract', languages.map((l) => l.code)).then(() => setLoaded(true));
    const timer = setInterval(() => setIndex((i) => (i + 1) % languages.length), rotationMs);
    return () => clearInterval(timer);
  }, []);

  const language = languages[index] ?? languages[0]!;
  const greet = tFor(language.code, 'attract');
  return (
    <div class="attract">
      <button type="button" class="attract__start" onClick={() => route('/')}>
        <img class="attract__logo" src="/icons/icon.svg" alt="" width="160" height="160" />
        <span class="attract__name">{t('app.name')}</span>
        <span class="attract__tagline">{t('app.tagline')}</span>
        {loaded && (
          <span class="attract__greeting" lang={language.htmlLang} key={language.code} aria-live="off">
            <span class="attract__welcome">{greet('welcome')}</span>
            <span class="attract__touch">{greet('touchToStart')}</span>
          </span>
        )}
      </button>
    </div>
  );
}
