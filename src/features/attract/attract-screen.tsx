import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { currentLanguage, loadNamespace, tFor, useT } from '../../i18n';
import { languages } from '../../i18n/languages';
import { kioskConfig } from '../../runtime/kiosk/kiosk-state';
import { updateDisplayModes } from '../../runtime/display/display-modes';
import { WithFurigana } from '../../ui/rtext';
import type { AttractCard } from '../../lib/kiosk/config';
import { NoticeBanner } from '../../runtime/notices/notice-banner';
import { activeNotices } from '../../runtime/notices/notices';
import { attractTouchTarget } from '../disaster/evacuation-first';
import { AttractCardView } from './attract-cards';
import { AttractAlertCard } from './attract-alert-card';
import { attractSlides } from './attract-slides';
import { useFirstScreenShown } from '../../app/first-screen';
import './attract-screen.css';

const defaultCards: readonly AttractCard[] = ['welcome', 'how-to-use', 'events', 'disaster-readiness', 'languages'];
const greetingMs = 3500;

/**
 * The kiosk's resting screen: full-screen cards (how to use, today's notices,
 * disaster readiness …) rotate, the greeting cycles through every language so a
 * passer-by sees their own, and a touch anywhere starts a session (or, on the button
 * below, a session in large text with furigana). During an
 * emergency the alert leads the loop and the session starts on the evacuation view.
 */
export default function AttractScreen() {
  const t = useT();
  const { route } = useLocation();
  const emergency = activeNotices.value.find((n) => n.severity === 'emergency');
  const cards = attractSlides(kioskConfig.value?.attract.cards ?? defaultCards, !!emergency);
  const rotateMs = (kioskConfig.value?.attract.rotateSeconds ?? 8) * 1000;
  const [card, setCard] = useState(0);
  const [greeting, setGreeting] = useState(0);
  const [loaded, setLoaded] = useState(false);
  useFirstScreenShown();

  useEffect(() => {
    void loadNamespace('attract', languages.map((l) => l.code)).then(() => setLoaded(true));
    const greet = setInterval(() => setGreeting((i) => (i + 1) % languages.length), greetingMs);
    const rotate = setInterval(() => setCard((i) => (i + 1) % cards.length), rotateMs);
    return () => { clearInterval(greet); clearInterval(rotate); };
  }, [cards.length, rotateMs]);
  // An alert that starts (or changes) mid-rotation is shown at once, not after the current card.
  useEffect(() => setCard(0), [emergency?.id]);

  const start = () => route(attractTouchTarget(activeNotices.value));
  // The setting most asked for at a 支所, in one touch instead of four (見やすく → 200 % →
  // ふりがな → close); the session's wipe puts the terminal's defaults back.
  const startLarge = () => {
    updateDisplayModes({ textSize: 2, furigana: true });
    start();
  };
  // Where this terminal stands (kiosk-config siteName), in the reader's language when the operator gave it.
  const siteNames = kioskConfig.value?.siteName;
  const site = siteNames ? (siteNames[currentLanguage.value] ?? siteNames.ja) : undefined;
  const slide = cards[card % cards.length] ?? 'welcome';

  const language = languages[greeting] ?? languages[0]!;
  const greet = tFor(language.code, 'attract');
  return (
    <div class="attract">
      <NoticeBanner />
      <button type="button" class="attract__start" onClick={start}>
        <span class="attract__brand">
          <img class="attract__logo" src="/icons/icon.svg" alt="" width="96" height="96" />
          <span class="attract__name">{t('app.name')}</span>
          {site && <span class="attract__site">{site}</span>}
        </span>
        <span class="attract__card" key={card}>
          {slide === 'alert' ? (emergency && <AttractAlertCard notice={emergency} />) : <AttractCardView card={slide} />}
        </span>
        {loaded && (
          <span class="attract__greeting" lang={language.htmlLang} key={language.code}>
            <span class="attract__touch">{greet('touchToStart')}</span>
          </span>
        )}
      </button>
      {loaded && (
        <button type="button" class="attract__large-start" onClick={startLarge}>
          <WithFurigana><span>{tFor(currentLanguage.value, 'attract')('largeTextStart')}</span></WithFurigana>
        </button>
      )}
    </div>
  );
}
