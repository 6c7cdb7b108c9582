import { useRoute } from 'preact-iso';
import { currentLanguage, useT } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import { packPaths, type Facility, type GuideDoc, type GuideIndexEntry } from '../../lib/content/pack-types';
import { formatDate } from '../../lib/format-date';
import { useContent } from '../../runtime/content/content-store';
import { ContentFrame } from '../../runtime/content/content-frame';
import { pickContentLanguage } from '../../runtime/content/content-language';
import { Blocks } from '../../ui/blocks';
import { RText, WithFurigana, plainText } from '../../ui/rtext';
import { Page } from '../../ui/page';
import { PrintButton } from '../../ui/print-button';
import { GuidePrintLink } from './guide-print-link';
import { GuideDigestBox } from './guide-digest';
import { DraftTranslationNote } from '../../ui/draft-translation-note';
import { RelatedFormLinks } from './related-forms';
import { ReadAloudBar, speakingClass } from '../../runtime/read-aloud/read-aloud-bar';
import { blockUtterances, textUtterances } from '../../runtime/read-aloud/utterances';
import './guides.css';
import './guide-print.css';

const contentHtmlLang = (lang: string) => (lang === 'ja-easy' ? 'ja' : lang);

export default function GuideScreen() {
  const t = useT();
  const { params } = useRoute();
  const id = params.id ?? '';
  const index = useContent<GuideIndexEntry[]>(packPaths.guideIndex);
  const entry = index.status === 'ready' ? index.data.find((e) => e.id === id) : undefined;
  const choice = entry ? pickContentLanguage(currentLanguage.value, entry.langs) : undefined;
  const guide = useContent<GuideDoc>(choice ? packPaths.guide(id, choice.lang) : undefined);
  // Untranslated: the reader's-language title and summary, where the city has written them.
  const digest = choice?.japaneseFallback ? entry?.digests?.[currentLanguage.value] : undefined;
  const state = index.status === 'ready' && !entry ? { status: 'missing' as const } : guide;
  const title = guide.status === 'ready' ? <span lang={contentHtmlLang(guide.data.lang)}><RText value={guide.data.title} /></span> : t('guides.title');
  return (
    <Page title={title}>
      <ContentFrame state={state}>
        {(doc) => {
          const body = <GuideBody doc={doc} />;
          return (
            <div lang={contentHtmlLang(doc.lang)}>
              {digest && <GuideDigestBox digest={digest} />}
              <DraftTranslationNote mark={doc.translation} class="notice guide__draft" />
              {choice?.japaneseFallback && !digest && <p class="notice" lang={languageInfo(currentLanguage.value).htmlLang}>{t('content.japaneseOnly')}</p>}
              {choice?.japaneseFallback ? <WithFurigana>{body}</WithFurigana> : body}
            </div>
          );
        }}
      </ContentFrame>
    </Page>
  );
}

function GuideBody({ doc }: { doc: GuideDoc }) {
  const t = useT();
  const facilities = useContent<Facility[]>(doc.relatedFacilities.length ? packPaths.facilities : undefined);
  const htmlLang = languageInfo(currentLanguage.value).htmlLang;
  // The page in reading order: title, summary, then every block (kana for Japanese).
  const utterances = () => [
    ...textUtterances([{ id: 'guide-title', text: doc.title }, { id: 'guide-summary', text: doc.summary }], doc.lang),
    ...blockUtterances(doc.blocks, doc.lang, 'guide-block'),
  ];
  return (
    <article class="guide">
      <ReadAloudBar utterances={utterances} />
      <p class={speakingClass('guide-summary', 'guide__summary')}><RText value={doc.summary} /></p>
      <div class="guide__body"><Blocks blocks={doc.blocks} speech={{ prefix: 'guide-block', lang: doc.lang }} /></div>
      {/* The UI's own words carry its language inside a Japanese page: its font draws them (a Khmer
          or Mongolian label in the Japanese font fell back to a system font), and speech reads them right. */}
      <p class="guide__actions no-print" lang={htmlLang}><PrintButton label={t('guides.print')} /></p>
      <p class="guide__meta" lang={htmlLang}>
        {t('content.updated', { date: formatDate(doc.updated, htmlLang) })}
        {' · '}
        {t('content.department', { department: plainText(doc.department) })}
      </p>
      {(doc.relatedForms.length > 0 || doc.relatedFacilities.length > 0) && (
        <aside class="guide__related card" aria-label={t('content.related')} lang={htmlLang}>
          {doc.relatedForms.length > 0 && (
            <>
              <h2>{t('content.relatedForms')}</h2>
              <RelatedFormLinks ids={doc.relatedForms} />
            </>
          )}
          {doc.relatedFacilities.length > 0 && (
            <>
              <h2>{t('content.relatedFacilities')}</h2>
              <ul class="cluster" role="list">
                {doc.relatedFacilities.map((fid) => {
                  const facility = facilities.status === 'ready' ? facilities.data.find((f) => f.id === fid) : undefined;
                  return <li key={fid}><a class="button" href={`/facilities/${fid}`} lang="ja">{facility ? <RText value={facility.name} /> : fid}</a></li>;
                })}
              </ul>
            </>
          )}
        </aside>
      )}
      <GuidePrintLink id={doc.id} />
    </article>
  );
}
