import { useT } from '../../../i18n';
import type { LatLng } from '../../../lib/geo';
import { QrCode } from '../../../ui/qr-code';

/** `geo:` opens the phone's own map app; the OpenStreetMap link works in any browser. */
export function geoUri({ lat, lng }: LatLng): string {
  return `geo:${lat},${lng}`;
}
export function osmUrl({ lat, lng }: LatLng): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`;
}

/** Two QR codes to carry the place to a phone: a kiosk cannot walk with you. */
export function SiteQrCodes({ point }: { point: LatLng }) {
  const t = useT();
  return (
    <section class="site-qr" aria-labelledby="site-qr-title">
      <h2 id="site-qr-title">{t('disaster.site.qrTitle')}</h2>
      <p>{t('disaster.site.qrHelp')}</p>
      <div class="site-qr__codes">
        <figure>
          <QrCode text={geoUri(point)} label={t('disaster.site.qrGeo')} size={200} />
          <figcaption>{t('disaster.site.qrGeo')}</figcaption>
        </figure>
        <figure>
          <QrCode text={osmUrl(point)} label={t('disaster.site.qrOsm')} size={200} />
          <figcaption>{t('disaster.site.qrOsm')}</figcaption>
        </figure>
      </div>
    </section>
  );
}
