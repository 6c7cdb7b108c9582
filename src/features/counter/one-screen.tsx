import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { CounterSay, CounterSide } from '../../../contract/counter';
import { currentLanguage } from '../../i18n';
import type { LanguageCode } from '../../i18n/languages';
import { stopSpeaking } from '../../runtime/read-aloud/speech';
import type { Line } from './conversation';
import { CounterHalf } from './counter-half';
import { readLine } from './read-line';
import type { Phrasebook } from './use-phrasebook';
import { useCounterText } from './use-counter-text';

/**
 * One screen, two people: the kiosk split in halves facing each other, the clerk's upper
 * half turned 180° for someone across the desk. Needs no server and no network: the
 * phrasebook is in the pack, the conversation only in this component's memory.
 */
export function OneScreen({ book }: { book: Phrasebook }) {
  const { route } = useLocation();
  const [staffLang, setStaffLang] = useState<LanguageCode>('ja');
  const [citizenLang, setCitizenLang] = useState<LanguageCode>(currentLanguage.value);
  const [last, setLast] = useState<Line | undefined>(undefined);
  const text = useCounterText([staffLang, citizenLang]);
  if (!text) return <div class="counter-split" aria-busy="true" />;

  const sayFrom = (from: CounterSide) => (say: CounterSay) => {
    const line = { ...say, from };
    setLast(line);
    // The citizen hears the clerk in their own language; the clerk reads the citizen's answer.
    if (from === 'staff') readLine(book, line, citizenLang);
  };
  const end = () => { stopSpeaking(); setLast(undefined); route('/counter'); };
  const half = (side: CounterSide, lang: LanguageCode, onLang: (l: LanguageCode) => void) => (
    <CounterHalf side={side} lang={lang} onLang={onLang} book={book} last={last} t={text(lang)} onSay={sayFrom(side)} onEnd={end}
      onReadAgain={side === 'citizen' ? () => readLine(book, last, citizenLang) : undefined} />
  );
  return (
    <div class="counter-split">
      <div class="counter-split__upper">{half('staff', staffLang, setStaffLang)}</div>
      <div class="counter-split__lower">{half('citizen', citizenLang, setCitizenLang)}</div>
    </div>
  );
}
