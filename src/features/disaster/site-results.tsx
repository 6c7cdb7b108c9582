import { currentLanguage, useT } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import type { Hazard } from '../../lib/content/pack-types';
import { ContentFrame } from '../../runtime/content/content-frame';
import type { DisasterView } from './hazard-choice';
import { here } from './here';
import { HereNote } from './here-note';
import { MapLoader } from './map-loader';
import { ReadAloudButton } from './read-aloud-button';
import { SiteList } from './site-list';
import { disasterMode } from '../../runtime/notices/notices';
import { shelterStatusBySite } from '../../runtime/shelters/shelter-status';
import { LastKnownNote } from './shelter-status/last-known-note';
import { shelterAwareRows } from './shelter-status/shelter-rows';
import { SkippedSites } from './shelter-status/skipped-sites';
import { useLiveShelterStatus } from './shelter-status/use-live-status';
import { HomePicker } from './home/home-picker';
import { CoastHintNote } from './coast-hint';
import { useSites } from './use-sites';
import { scrollBelowHeader } from './scroll-below-header';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  hazard: Hazard;
  view: DisasterView;
  onView: (view: DisasterView) => void;
  /**
   * Scroll the answer into sight once the sites are read: in disaster mode the screen opens
   * with the notice's hazard chosen, and on a kiosk the eight hazard buttons fill the screen.
   */
  bringIntoView?: boolean;
}

/** The nearest sites for one hazard: where "here" is, list/map switch, then the list or the map. */
export function SiteResults({ hazard, view, onView, bringIntoView = false }: Props) {
  const t = useT();
  const sites = useSites();
  useLiveShelterStatus();
  const brought = useRef(false);
  useEffect(() => {
    if (!bringIntoView || brought.current || sites.status !== 'ready') return;
    brought.current = true;
    scrollBelowHeader(document.getElementById('site-results-title'));
  }, [bringIntoView, sites.status]);
  const hazardName = t(`disaster.hazards.${hazard}`);
  const locale = languageInfo(currentLanguage.value).htmlLang;
  return (
    <section class="site-results stack" aria-labelledby="site-results-title">
      <h2 id="site-results-title">{t('disaster.resultsTitle', { hazard: hazardName })}</h2>
      <HereNote part={bringIntoView ? 'note' : 'all'} />
      <HomePicker />
      <div class="cluster site-results__views" role="group" aria-label={t('disaster.views.label')}>
        {(['list', 'map'] as const).map((v) => (
          <button key={v} type="button" class={`button site-results__view--${v}`} aria-pressed={view === v} onClick={() => onView(v)}>
            {t(`disaster.views.${v}`)}
          </button>
        ))}
      </div>
      <ContentFrame state={sites}>
        {({ sites: all, index }) => {
          // In an emergency, full and unopened shelters are passed over, and the screen says which.
          const { rows, skipped } = shelterAwareRows(index, here.value.point, hazard, locale, shelterStatusBySite.value, disasterMode.value);
          if (rows.length === 0 && skipped.length === 0) {
            return <p class="site-results__none" role="status">{hazard === 'volcano' ? t('disaster.volcano') : t('disaster.none', { hazard: hazardName })}</p>;
          }
          return (
            <>
              <p class="site-results__count" role="status">{t('disaster.shown', { count: rows.length, hazard: hazardName })}</p>
              <p class="site-results__straight">{t('disaster.straightLine')}</p>
              {hazard === 'tsunami' && <CoastHintNote from={here.value.point} />}
              <LastKnownNote />
              <SkippedSites skipped={skipped} hazard={hazard} />
              {view === 'list'
                ? <><ReadAloudButton rows={rows} hazardName={hazardName} /><SiteList rows={rows} hazard={hazard} /></>
                : <MapLoader hazard={hazard} rows={rows} sites={all} here={here.value} />}
            </>
          );
        }}
      </ContentFrame>
      {bringIntoView && <HereNote part="ask" />}
    </section>
  );
}
