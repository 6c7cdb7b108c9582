import { useRoute } from 'preact-iso';
import { currentLanguage, useT } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import { packPaths, type OrdinanceDoc } from '../../lib/content/pack-types';
import { formatDate } from '../../lib/format-date';
import { useContent } from '../../runtime/content/content-store';
import { ContentFrame } from '../../runtime/content/content-frame';
import { RText, WithFurigana } from '../../ui/rtext';
import { Page } from '../../ui/page';
import { PlayButton, ReadAloudBar, speakingClass } from '../../runtime/read-aloud/read-aloud-bar';
import { textUtterances, type Utterance } from '../../runtime/read-aloud/utterances';
import './ordinances.css';

const anchor = (index: number) => `article-${index + 1}`;

/** An article read aloud: its number and caption, then each paragraph (ordinances are Japanese). */
function articleUtterances(o: OrdinanceDoc, indexes: number[]): Utterance[] {
  return indexes.flatMap((i) => {
    const a = o.articles[i]!;
    return textUtterances([
      { id: `${anchor(i)}-h`, text: `${a.number} ${a.caption}` },
      ...a.paragraphs.map((p, n) => ({ id: `${anchor(i)}-p${n}`, text: p })),
    ], 'ja');
  });
}

/** An ordinance with a table of articles and previous/next links on each article. */
export default function OrdinanceScreen() {
  const t = useT();
  const { params } = useRoute();
  const doc = useContent<OrdinanceDoc>(packPaths.ordinance(params.id ?? ''));
  const htmlLang = languageInfo(currentLanguage.value).htmlLang;
  const japaneseFallback = currentLanguage.value !== 'ja';
  return (
    <Page title={doc.status === 'ready' ? <span lang="ja"><RText value={doc.data.title} /></span> : t('ordinances.title')}>
      <ContentFrame state={doc}>
        {(o) => {
          const body = (
            <div class="ordinance" lang="ja">
              <ReadAloudBar utterances={() => [...textUtterances([{ id: 'ordinance-title', text: o.title }], 'ja'), ...articleUtterances(o, o.articles.map((_, i) => i))]} />
              <p>{o.number} <span lang={htmlLang}>({t('ordinances.promulgated', { date: formatDate(o.promulgated, htmlLang) })})</span></p>
              <p class="notice"><RText value={o.note} /></p>
              <nav class="ordinance__toc card" aria-labelledby="toc-title">
                <h2 id="toc-title" lang={htmlLang}>{t('ordinances.articles')}</h2>
                <ol role="list">
                  {o.articles.map((a, i) => <li key={i}><a href={`#${anchor(i)}`}>{a.number} {a.caption}</a></li>)}
                </ol>
              </nav>
              {o.articles.map((a, i) => (
                <section key={i} id={anchor(i)} class="ordinance__article" aria-labelledby={`${anchor(i)}-h`}>
                  <div class="blocks__section-head">
                    <h2 id={`${anchor(i)}-h`} class={speakingClass(`${anchor(i)}-h`)}>{a.number} <span class="ordinance__caption">{a.caption}</span></h2>
                    <PlayButton name={`${a.number} ${a.caption}`} utterances={() => articleUtterances(o, [i])} />
                  </div>
                  {a.paragraphs.map((p, n) => (
                    <p key={n} class={speakingClass(`${anchor(i)}-p${n}`, 'ordinance__paragraph')}>
                      {n > 0 && <span class="ordinance__number">{n + 1}</span>}
                      <RText value={p} />
                    </p>
                  ))}
                  <nav class="cluster ordinance__steps" aria-label={a.number} lang={htmlLang}>
                    {i > 0 && <a class="button" href={`#${anchor(i - 1)}`}>{t('ordinances.previous')}</a>}
                    {i < o.articles.length - 1 && <a class="button" href={`#${anchor(i + 1)}`}>{t('ordinances.next')}</a>}
                  </nav>
                </section>
              ))}
            </div>
          );
          return japaneseFallback ? <><p class="notice">{t('content.japaneseOnly')}</p><WithFurigana>{body}</WithFurigana></> : body;
        }}
      </ContentFrame>
    </Page>
  );
}
