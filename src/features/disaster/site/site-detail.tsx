import { currentLanguage, useT } from '../../../i18n';
import { languageInfo } from '../../../i18n/languages';
import { hazards, type EvacuationSite, type Hazard } from '../../../lib/content/pack-types';
import { directionTo } from '../../../lib/geo';
import { PlaceName } from '../../../ui/place-name';
import { RText, WithFurigana, plainText } from '../../../ui/rtext';
import { DirectionArrow } from '../direction-arrow';
import { here } from '../here';
import { formatDistance } from '../site-rows';
import { PositionSketch } from './position-sketch';
import { SiteQrCodes } from './site-qr-codes';
import { CoastHintNote } from '../coast-hint';
import { SiteMapLinks } from './site-map-links';
import { deviceKind } from '../../../config/device';
import { PrintButton } from '../../../ui/print-button';
import { ShelterBadge } from '../shelter-status/shelter-badge';
import { LastKnownNote } from '../shelter-status/last-known-note';

/** The printable part (.site-print) and the screen-only part (QR codes, print button). */
export function SiteDetail({ site, hazard }: { site: EvacuationSite; hazard: Hazard | undefined }) {
  const t = useT();
  const language = currentLanguage.value;
  const current = here.value;
  const direction = directionTo(current.point, site);
  const distance = formatDistance(direction.meters, languageInfo(language).htmlLang);
  const compass = t(`disaster.compass.${direction.compass}`);
  const place = current.kind === 'home' ? current.label
    : current.kind === 'kiosk' ? current.label ?? t('disaster.here.youAreHere')
    : current.kind === 'device' ? t('disaster.site.hereDevice') : t('disaster.here.cityHall');
  const designated = hazard ? site.hazards.includes(hazard) : undefined;
  const body = (
    <div class="site-detail stack">
      <div class="site-print">
        <p class="site-print__name"><PlaceName name={site.name} kana={site.nameKana} official={site.nameEn} /></p>
        <ShelterBadge siteId={site.id} shelter={site.shelter} />
        <LastKnownNote />
        {hazard && (
          <p class={designated ? 'site-verdict site-verdict--yes' : 'site-verdict site-verdict--no'}>
            <span aria-hidden="true">{designated ? '◎ ' : '✕ '}</span>
            {t(designated ? 'disaster.site.designated' : 'disaster.site.notDesignated', { hazard: t(`disaster.hazards.${hazard}`) })}
          </p>
        )}
        <div class="site-print__columns">
          <dl class="site-facts">
            <dt>{t('disaster.site.address')}</dt>
            <dd lang="ja"><RText value={site.address} /></dd>
            <dt>{t('disaster.site.fromHere')}</dt>
            <dd class="site-facts__direction">
              <DirectionArrow bearing={direction.bearing} />
              <span>{t('disaster.site.directions', { place, compass, distance, minutes: direction.minutes })}</span>
            </dd>
            <dt>{t('disaster.site.capacity')}</dt>
            <dd>{site.capacity === null ? t('disaster.site.unknown') : t('disaster.site.people', { count: site.capacity })}</dd>
            <dt>{t('disaster.site.shelter')}</dt>
            <dd>{site.shelter ? t('disaster.shelterYes') : t('disaster.shelterNo')}</dd>
            {plainText(site.note) && <><dt>{t('disaster.site.note')}</dt><dd class="site-facts__note" lang="ja"><RText value={site.note} /></dd></>}
          </dl>
          <PositionSketch direction={direction} labels={{ here: place, site: plainText(site.name), north: t('disaster.site.north'), distance, title: t('disaster.site.sketch') }} />
        </div>
        {hazard === 'tsunami' && <CoastHintNote from={current.point} site={site} place={place} />}
        <section class="site-hazards" aria-labelledby="site-hazards-title">
          <h2 id="site-hazards-title">{t('disaster.site.hazardsTitle')}</h2>
          <ul class="site-hazards__list" role="list">
            {hazards.map((h) => {
              const ok = site.hazards.includes(h);
              return (
                <li key={h} class={ok ? 'site-hazards__item' : 'site-hazards__item site-hazards__item--no'}>
                  <span aria-hidden="true">{ok ? '◎' : '✕'}</span> {t(`disaster.hazards.${h}`)}: {t(ok ? 'disaster.site.yes' : 'disaster.site.no')}
                </li>
              );
            })}
          </ul>
        </section>
      </div>
      <div class="no-print stack">
        <p><PrintButton class="button button--primary site-detail__print" label={t('disaster.site.print')} /></p>
        {deviceKind.value === 'kiosk' ? <SiteQrCodes point={site} /> : <SiteMapLinks point={site} name={plainText(site.name)} />}
      </div>
    </div>
  );
  return language === 'ja' || language === 'ja-easy' ? body : <WithFurigana>{body}</WithFurigana>;
}
