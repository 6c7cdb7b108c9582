import type { TFunction } from 'i18next';
import { currentLanguage } from '../../i18n';
import { languageInfo } from '../../i18n/languages';

/** "As of …" under the availability; offline, the warning that free times are not confirmed. */
export function AsOf({ asOf, offline, t }: { asOf: string; offline: boolean; t: TFunction<'reservations'> }) {
  const when = new Intl.DateTimeFormat(languageInfo(currentLanguage.value).htmlLang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(new Date(asOf));
  return offline
    ? <p class="notice resv-offline" role="status">{t('room.offline', { when })}</p>
    : <p class="resv-as-of">{t('room.asOf', { when })}</p>;
}
