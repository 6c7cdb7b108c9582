import { useState } from 'preact/hooks';
import { currentLanguage, useT } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import { faqCategories, packPaths, type FaqCategory, type FaqItem } from '../../lib/content/pack-types';
import { useContent } from '../../runtime/content/content-store';
import { ContentFrame } from '../../runtime/content/content-frame';
import { RText, WithFurigana, plainText } from '../../ui/rtext';
import { DraftTranslationNote } from '../../ui/draft-translation-note';
import { PlayButton, speakingClass } from '../../runtime/read-aloud/read-aloud-bar';
import { textUtterances } from '../../runtime/read-aloud/utterances';
import { Page } from '../../ui/page';
import { faqInLanguage, type FaqEntryView } from './faq-language';
import './faq.css';

/**
 * Questions and answers by category; each answer opens and closes with one touch. Entries
 * translated into the reader's language come first; the rest follow in Japanese with furigana.
 */
export default function FaqScreen() {
  const t = useT();
  const faq = useContent<FaqItem[]>(packPaths.faq);
  const [category, setCategory] = useState<FaqCategory | 'all'>('all');
  const ui = currentLanguage.value;
  const uiLang = languageInfo(ui).htmlLang;
  return (
    <Page title={t('faq.title')}>
      <ContentFrame state={faq}>
        {(items) => {
          const present = faqCategories.filter((c) => items.some((i) => i.category === c));
          const shown = faqInLanguage(category === 'all' ? items : items.filter((i) => i.category === category), ui);
          const own = shown.filter((e) => !e.japaneseFallback);
          const japanese = shown.filter((e) => e.japaneseFallback);
          return (
            <>
              <div class="cluster faq__filters" role="group" aria-label={t('facilities.filter')}>
                {(['all', ...present] as const).map((c) => (
                  <button key={c} type="button" class="button" aria-pressed={category === c} onClick={() => setCategory(c)}>
                    {c === 'all' ? t('faq.all') : t(`guides.categories.${c}`)}
                  </button>
                ))}
              </div>
              {own.length > 0 && <FaqList entries={own} />}
              {japanese.length > 0 && <p class="notice" lang={uiLang}>{t(own.length > 0 ? 'faq.japaneseBelow' : 'content.japaneseOnly')}</p>}
              {japanese.length > 0 && <WithFurigana><FaqList entries={japanese} /></WithFurigana>}
            </>
          );
        }}
      </ContentFrame>
    </Page>
  );
}

function FaqList({ entries }: { entries: FaqEntryView[] }) {
  return <div class="faq__list">{entries.map((entry) => <FaqEntry key={entry.id} entry={entry} />)}</div>;
}

function FaqEntry({ entry }: { entry: FaqEntryView }) {
  return (
    <details class="faq__item" id={entry.id} lang={languageInfo(entry.lang).htmlLang}>
      <summary class={speakingClass(`faq-q-${entry.id}`, 'faq__question')}><RText value={entry.question} /></summary>
      <p class={speakingClass(`faq-a-${entry.id}`, 'faq__answer')}>
        <RText value={entry.answer} />
        {/* Read in the language shown; Japanese (and やさしい日本語) from the kana readings. */}
        <PlayButton
          name={plainText(entry.question)}
          utterances={() => textUtterances([{ id: `faq-q-${entry.id}`, text: entry.question }, { id: `faq-a-${entry.id}`, text: entry.answer }], entry.lang)}
        />
      </p>
      <DraftTranslationNote mark={entry.mark} class="faq__draft" />
    </details>
  );
}
