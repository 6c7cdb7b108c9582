import { currentLanguage, useT } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import { packPaths, type EventItem } from '../../lib/content/pack-types';
import { formatDate } from '../../lib/format-date';
import { currentEvents } from '../../lib/events/current-events';
import { useContent } from '../../runtime/content/content-store';
import { ContentFrame } from '../../runtime/content/content-frame';
import { RText } from '../../ui/rtext';
import { Page } from '../../ui/page';

/** Notices and events; ones that have ended are hidden automatically. */
export default function EventsScreen() {
  const t = useT();
  const events = useContent<EventItem[]>(packPaths.events);
  const htmlLang = languageInfo(currentLanguage.value).htmlLang;
  return (
    <Page title={t('events.title')}>
      <ContentFrame state={events}>
        {(items) => {
          const shown = currentEvents(items, new Date());
          if (shown.length === 0) return <p>{t('events.none')}</p>;
          return (
            <ul class="stack" role="list" style={{ listStyle: 'none', padding: 0 }} lang="ja">
              {shown.map((e) => (
                <li key={e.id} class="card">
                  <p class="event__kind" lang={htmlLang}><strong>{t(`events.kinds.${e.category}`)}</strong></p>
                  <h2><RText value={e.title} /></h2>
                  <p lang={htmlLang}>{t('events.period', { start: formatDate(e.start, htmlLang), end: formatDate(e.end, htmlLang) })}</p>
                  <p><RText value={e.summary} /></p>
                  <p>{e.facility ? <a href={`/facilities/${e.facility}`}><RText value={e.place} /></a> : <RText value={e.place} />}</p>
                </li>
              ))}
            </ul>
          );
        }}
      </ContentFrame>
    </Page>
  );
}
