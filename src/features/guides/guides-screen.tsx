import { currentLanguage, useT } from '../../i18n';
import { guideCategories, packPaths, type GuideIndexEntry } from '../../lib/content/pack-types';
import { useContent } from '../../runtime/content/content-store';
import { ContentFrame } from '../../runtime/content/content-frame';
import { pickContentLanguage } from '../../runtime/content/content-language';
import { RText } from '../../ui/rtext';
import { Page } from '../../ui/page';
import './guides.css';

/** Guides by category, plus the FAQ, ordinances and notices. */
export default function GuidesScreen() {
  const t = useT();
  const index = useContent<GuideIndexEntry[]>(packPaths.guideIndex);
  return (
    <Page title={t('guides.title')}>
      <nav class="cluster guides__more" aria-label={t('guides.more')}>
        <a class="button" href="/faq">{t('guides.faqLink')}</a>
        <a class="button" href="/ordinances">{t('guides.ordinancesLink')}</a>
        <a class="button" href="/events">{t('guides.eventsLink')}</a>
      </nav>
      <ContentFrame state={index}>
        {(entries) => (
          <div class="guides__categories">
            {guideCategories.map((category) => {
              const inCategory = entries.filter((e) => e.category === category);
              if (inCategory.length === 0) return null;
              return (
                <section key={category} class="guides__category" aria-labelledby={`cat-${category}`}>
                  <h2 id={`cat-${category}`}>{t(`guides.categories.${category}`)}</h2>
                  <ul class="guides__list" role="list">
                    {inCategory.map((entry) => {
                      const { lang } = pickContentLanguage(currentLanguage.value, entry.langs);
                      return (
                        <li key={entry.id}>
                          <a class="guide-link" href={`/guides/${entry.id}`} lang={lang === 'ja-easy' ? 'ja' : lang}>
                            <span class="guide-link__title"><RText value={entry.title[lang]} /></span>
                            <span class="guide-link__summary"><RText value={entry.summary[lang]} /></span>
                          </a>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              );
            })}
          </div>
        )}
      </ContentFrame>
    </Page>
  );
}
