import { useState } from 'preact/hooks';
import { currentLanguage, useT } from '../../i18n';
import { faqCategories, packPaths, type FaqCategory, type FaqItem } from '../../lib/content/pack-types';
import { useContent } from '../../runtime/content/content-store';
import { ContentFrame } from '../../runtime/content/content-frame';
import { RText, WithFurigana, plainText } from '../../ui/rtext';
import { PlayButton, speakingClass } from '../../runtime/read-aloud/read-aloud-bar';
import { textUtterances } from '../../runtime/read-aloud/utterances';
import { Page } from '../../ui/page';
import './faq.css';

/** Questions and answers by category; each answer opens and closes with one touch. */
export default function FaqScreen() {
  const t = useT();
  const faq = useContent<FaqItem[]>(packPaths.faq);
  const [category, setCategory] = useState<FaqCategory | 'all'>('all');
  const japaneseFallback = currentLanguage.value !== 'ja';
  return (
    <Page title={t('faq.title')}>
      <ContentFrame state={faq}>
        {(items) => {
          const present = faqCategories.filter((c) => items.some((i) => i.category === c));
          const shown = category === 'all' ? items : items.filter((i) => i.category === category);
          const list = (
            <div class="faq__list" lang="ja">
              {shown.map((item) => (
                <details key={item.id} class="faq__item" id={item.id}>
                  <summary class={speakingClass(`faq-q-${item.id}`, 'faq__question')}><RText value={item.question} /></summary>
                  <p class={speakingClass(`faq-a-${item.id}`, 'faq__answer')}>
                    <RText value={item.answer} />
                    {/* The FAQ is Japanese content: it is read in Japanese, from the kana readings. */}
                    <PlayButton
                      name={plainText(item.question)}
                      utterances={() => textUtterances([{ id: `faq-q-${item.id}`, text: item.question }, { id: `faq-a-${item.id}`, text: item.answer }], 'ja')}
                    />
                  </p>
                </details>
              ))}
            </div>
          );
          return (
            <>
              <div class="cluster faq__filters" role="group" aria-label={t('facilities.filter')}>
                {(['all', ...present] as const).map((c) => (
                  <button key={c} type="button" class="button" aria-pressed={category === c} onClick={() => setCategory(c)}>
                    {c === 'all' ? t('faq.all') : t(`guides.categories.${c}`)}
                  </button>
                ))}
              </div>
              {japaneseFallback && <p class="notice">{t('content.japaneseOnly')}</p>}
              {japaneseFallback ? <WithFurigana>{list}</WithFurigana> : list}
            </>
          );
        }}
      </ContentFrame>
    </Page>
  );
}
