import { useT } from '../../../i18n';
import type { LatLng } from '../../../lib/geo';
import { appleMapsLink, geoLink, googleMapsLink, prefersAppleMaps } from './map-links';

/**
 * On a phone the place is already in the hand: tappable links to the phone's own map
 * app instead of QR codes to scan (a kiosk keeps the QR codes, see SiteQrCodes).
 */
export function SiteMapLinks({ point, name, userAgent = navigator.userAgent }: { point: LatLng; name: string; userAgent?: string }) {
  const t = useT();
  const apple = <li key="apple"><a class="button site-links__apple" href={appleMapsLink(point)} rel="noopener noreferrer">{t('disaster.site.linksApple')}</a></li>;
  const google = <li key="google"><a class="button site-links__google" href={googleMapsLink(point)} rel="noopener noreferrer">{t('disaster.site.linksGoogle')}</a></li>;
  return (
    <section class="site-links" aria-labelledby="site-links-title">
      <h2 id="site-links-title">{t('disaster.site.linksTitle')}</h2>
      <ul class="site-links__list" role="list">
        <li><a class="button button--primary site-links__geo" href={geoLink(point, name)}>{t('disaster.site.qrGeo')}</a></li>
        {prefersAppleMaps(userAgent) ? [apple, google] : [google, apple]}
      </ul>
      <p class="site-links__help">{t('disaster.site.linksHelp')}</p>
    </section>
  );
}
