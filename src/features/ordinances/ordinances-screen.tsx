import { currentLanguage, useT } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import { packPaths, type OrdinanceSummary } from '../../lib/content/pack-types';
import { formatDate } from '../../lib/format-date';
import { useContent } from '../../runtime/content/content-store';
import { ContentFrame } from '../../runtime/content/content-frame';
import { RText } from '../../ui/rtext';
import { Page } from '../../ui/page';
import '../guides/guides.css';

export default function OrdinancesScreen() {
  const t = useT();
  const index = useContent<OrdinanceSummary[]>(packPaths.ordinanceIndex);
  const htmlLang = languageInfo(currentLanguage.value).htmlLang;
  return (
    <Page title={t('ordinances.title')}>
      <ContentFrame state={index}>
        {(items) => (
          <ul class="guides__list" role="list">
            {items.map((o) => (
              <li key={o.id}>
                <a class="guide-link" href={`/ordinances/${o.id}`}>
                  <span class="guide-link__title" lang="ja"><RText value={o.title} /></span>
                  <span class="guide-link__summary">
                    <span lang="ja">{o.number}</span> · {t('ordinances.promulgated', { date: formatDate(o.promulgated, htmlLang) })} · {t('ordinances.count', { count: o.articleCount })}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </ContentFrame>
    </Page>
  );
}
