import { useT } from '../../i18n';
import { languages } from '../../i18n/languages';
import { packPaths, type EventItem } from '../../lib/content/pack-types';
import { currentEvents } from '../../lib/events/current-events';
import type { AttractCard } from '../../lib/kiosk/config';
import { useContent } from '../../runtime/content/content-store';
import { Icon } from '../../ui/icon';
import { RText } from '../../ui/rtext';
import '../../app/script-fonts/language-names.css';

/** One card of the attract loop. Text is large: it is read from a few steps away. */
export function AttractCardView({ card }: { card: AttractCard }) {
  const t = useT();
  switch (card) {
    case 'welcome':
      return <span class="attract-card"><span class="attract-card__title">{t('app.tagline')}</span></span>;
    case 'how-to-use':
      return (
        <span class="attract-card">
          <span class="attract-card__title">{t('kiosk.attract.how-to-use.title')}</span>
          <span class="attract-card__icons" aria-hidden="true"><Icon name="guides" size="100%" /><Icon name="language" size="100%" /><Icon name="display" size="100%" /></span>
          <span class="attract-card__body">{t('kiosk.attract.how-to-use.body')}</span>
        </span>
      );
    case 'events':
      return <EventsCard />;
    case 'disaster-readiness':
      return (
        <span class="attract-card">
          <span class="attract-card__title">{t('kiosk.attract.disaster-readiness.title')}</span>
          <span class="attract-card__icons" aria-hidden="true"><Icon name="disaster" size="100%" /></span>
          <span class="attract-card__body">{t('kiosk.attract.disaster-readiness.body')}</span>
        </span>
      );
    case 'languages':
      return (
        <span class="attract-card">
          <span class="attract-card__title">{t('kiosk.attract.languages.title', { count: languages.length })}</span>
          <span class="attract-card__languages">
            {languages.map((l) => <span key={l.code} lang={l.htmlLang}>{l.nativeName}</span>)}
          </span>
        </span>
      );
  }
}

function EventsCard() {
  const t = useT();
  const events = useContent<EventItem[]>(packPaths.events);
  const shown = events.status === 'ready' ? currentEvents(events.data, new Date()).slice(0, 3) : [];
  return (
    <span class="attract-card">
      <span class="attract-card__title">{t('kiosk.attract.events.title')}</span>
      {shown.length === 0 ? <span class="attract-card__body">{t('events.none')}</span> : (
        <span class="attract-card__list" lang="ja">
          {shown.map((e) => <span key={e.id} class="attract-card__item"><RText value={e.title} /></span>)}
        </span>
      )}
    </span>
  );
}
