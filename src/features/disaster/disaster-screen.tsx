import { useLocation } from 'preact-iso';
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../i18n';
import type { Hazard } from '../../lib/content/pack-types';
import { Page } from '../../ui/page';
import { activeNotices } from '../../runtime/notices/notices';
import { disasterHref, noticeHazard, parseHazard, parseView } from './hazard-choice';
import { HazardPicker } from './hazard-picker';
import { RiverRainPanel } from './river-rain-panel';
import { SiteResults } from './site-results';
import { scrollBelowHeader } from './scroll-below-header';
import './disaster.css';

/**
 * /disaster: pick a hazard, then the nearest sites designated for it, as a list first
 * and a map on request. The choice is in the URL (?hazard=tsunami&view=map) so a QR code
 * or a link opens it; with no choice, an emergency notice's hazard is preselected.
 */
export default function DisasterScreen() {
  const t = useT();
  const { query, route } = useLocation();
  const chosen = parseHazard(query.hazard);
  const fromNotice = chosen ? undefined : noticeHazard(activeNotices.value);
  const hazard = chosen ?? fromNotice;
  const view = parseView(query.view);
  const chosenByTouch = useRef(false);
  // Replace, not push: changing the choice is not a new page, and Back should leave the screen.
  const choose = (next: Hazard) => {
    chosenByTouch.current = true;
    route(disasterHref(next, view), true);
  };
  // After a touch the answer is below the eight buttons, out of sight on a kiosk: bring it up.
  useEffect(() => {
    if (!chosenByTouch.current) return;
    chosenByTouch.current = false;
    scrollBelowHeader(document.getElementById('site-results-title'));
  }, [hazard]);
  return (
    <Page title={t('disaster.title')}>
      <div class="disaster stack">
        <p>{t('disaster.intro')}</p>
        <section aria-labelledby="hazard-picker-title">
          <h2 id="hazard-picker-title">{t('disaster.pickerTitle')}</h2>
          {fromNotice && <p class="disaster__from-notice"><span aria-hidden="true">⚠ </span>{t('disaster.fromNotice', { hazard: t(`disaster.hazards.${fromNotice}`) })}</p>}
          <HazardPicker selected={hazard} onSelect={choose} />
        </section>
        {hazard && <SiteResults hazard={hazard} view={view} onView={(v) => route(disasterHref(hazard, v), true)} bringIntoView={!!fromNotice} />}
        <p><a class="button" href="/disaster/medical">{t('disaster.medicalLink')}</a></p>
        <RiverRainPanel />
      </div>
    </Page>
  );
}
