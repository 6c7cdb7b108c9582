import type { TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import type { CounterSay, CounterSide } from '../../../contract/counter';
import { languageInfo, languages, type LanguageCode } from '../../i18n/languages';
import type { PhraseCategory } from '../../lib/content/phrasebook';
import { todayInJapan } from '../../lib/forms/japan-date';
import { RText } from '../../ui/rtext';
import { DatePicker } from '../forms/fields/date-picker/date-picker';
import { phrasesFor, sharedAnswers, valuePhraseId, type Line } from './conversation';
import { NumberPad } from './number-pad';
import { shownText } from './phrase-text';
import { loadScriptFont } from '../../app/script-fonts/script-fonts';
import type { Phrasebook } from './use-phrasebook';

export interface CounterHalfProps {
  side: CounterSide;
  lang: LanguageCode;
  onLang: (lang: LanguageCode) => void;
  book: Phrasebook;
  last: Line | undefined;
  onSay: (say: CounterSay) => void;
  t: TFunction<'counter'>;
  /** The citizen's side: read the last thing said again, in their language. */
  onReadAgain?: () => void;
  onEnd: () => void;
  /** A line about the connection (two-screen mode). */
  status?: string | undefined;
}

type Panel = 'phrases' | 'languages' | 'number' | 'date';

/**
 * One person's side of the counter: what was said last, in their language; the topics and
 * their phrases; and the answers (yes, no, a number, a date). Each side shows the same
 * phrase id in its own language, so nothing is translated at run time.
 */
export function CounterHalf({ side, lang, onLang, book, last, onSay, t, onReadAgain, onEnd, status }: CounterHalfProps) {
  const [panel, setPanel] = useState<Panel>('phrases');
  // Only the topics this side has phrases in (a citizen asks nothing under 基本).
  const topics = book.categories.filter((c) => phrasesFor(book.phrases, side, c.id).length > 0);
  const [category, setCategory] = useState<PhraseCategory | undefined>(undefined);
  const shownCategory = category ?? topics.find((c) => c.id !== 'basics')?.id ?? topics[0]?.id;
  const info = languageInfo(lang);
  useEffect(() => loadScriptFont(lang), [lang]);
  // The language list names each language in its own script.
  useEffect(() => { if (panel === 'languages') languages.forEach((l) => loadScriptFont(l.code)); }, [panel]);
  const lastPhrase = last && book.byId.get(last.phrase);
  const expected = last && last.from !== side ? lastPhrase?.expects : undefined;
  const translation = book.translations[lang];
  const say = (s: CounterSay) => { setPanel('phrases'); onSay(s); };
  const numberId = valuePhraseId(book.phrases, 'number');
  const dateId = valuePhraseId(book.phrases, 'date');

  return (
    <section class={`counter-half counter-half--${side}`} lang={info.htmlLang} dir={info.dir} aria-label={t(`side.${side}`)}>
      <div class="counter-half__bar">
        <span class="counter-half__who">{t(`side.${side}`)}</span>
        <button type="button" class="button counter-half__language" aria-expanded={panel === 'languages'}
          onClick={() => setPanel(panel === 'languages' ? 'phrases' : 'languages')}>
          {t('language')}: {info.nativeName}
        </button>
        <button type="button" class="button counter-half__end" onClick={onEnd}>{t('end')}</button>
      </div>
      {status && <p class="counter-half__status" role="status">{status}</p>}
      <div class="counter-half__said" aria-live="polite">
        {last && lastPhrase ? (
          <>
            <span class="counter-half__from">{t(`said.${last.from}`)}</span>
            <p class="counter-half__phrase" data-phrase={last.phrase}><RText value={shownText(lastPhrase, last, lang)} /></p>
            {onReadAgain && <button type="button" class="button counter-half__read" onClick={onReadAgain}>{t('readAloud')}</button>}
          </>
        ) : <p class="counter-half__hint">{t('nothingYet')}</p>}
      </div>
      {translation && !translation.checked && <p class="counter-half__draft">{t('draftNote')}</p>}
      <div class="counter-half__body">
        {panel === 'languages' && (
          <div class="counter-half__languages" role="group" aria-label={t('language')}>
            {languages.map((l) => (
              <button key={l.code} type="button" class="button" lang={l.htmlLang} aria-pressed={l.code === lang}
                onClick={() => { onLang(l.code); setPanel('phrases'); }}>{l.nativeName}</button>
            ))}
          </div>
        )}
        {panel === 'number' && numberId && (
          <NumberPad t={t} label={t('pad.label')} onCancel={() => setPanel('phrases')}
            onSend={(v) => say({ phrase: numberId, n: Number(v) })} />
        )}
        {panel === 'date' && dateId && (
          <div class="counter-half__date">
            <DatePicker id={`counter-date-${side}`} value={undefined} min={undefined} max={undefined} rules={{}}
              today={todayInJapan(new Date())} inline onPick={(iso) => say({ phrase: dateId, date: iso })} />
            <button type="button" class="button" onClick={() => setPanel('phrases')}>{t('pad.cancel')}</button>
          </div>
        )}
        {panel === 'phrases' && (
          <>
            <div class="counter-half__topics" role="group" aria-label={t('topics')}>
              {topics.map((c) => (
                <button key={c.id} type="button" class="button counter-half__topic" aria-pressed={c.id === shownCategory}
                  onClick={() => setCategory(c.id)}><RText value={c.name[lang]} /></button>
              ))}
            </div>
            <div class="counter-half__phrases">
              {shownCategory && phrasesFor(book.phrases, side, shownCategory).map((p) => (
                <button key={p.id} type="button" class="button counter-half__say" data-phrase={p.id}
                  onClick={() => say({ phrase: p.id })}><RText value={p.text[lang]} /></button>
              ))}
            </div>
          </>
        )}
      </div>
      <div class="counter-half__answers">
        {sharedAnswers(book.phrases).map((p) => (
          <button key={p.id} type="button" class={`button counter-half__answer${expected === 'yes-no' && (p.id === 'yes' || p.id === 'no') ? ' is-expected' : ''}`}
            data-phrase={p.id} onClick={() => say({ phrase: p.id })}><RText value={p.text[lang]} /></button>
        ))}
        <button type="button" class={`button counter-half__answer counter-half__answer--number${expected === 'number' ? ' is-expected' : ''}`}
          aria-pressed={panel === 'number'} onClick={() => setPanel(panel === 'number' ? 'phrases' : 'number')}>{t('answer.number')}</button>
        <button type="button" class={`button counter-half__answer counter-half__answer--date${expected === 'date' ? ' is-expected' : ''}`}
          aria-pressed={panel === 'date'} onClick={() => setPanel(panel === 'date' ? 'phrases' : 'date')}>{t('answer.date')}</button>
      </div>
    </section>
  );
}
