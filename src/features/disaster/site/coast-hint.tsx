import { currentLanguage, useNamespaceT, useT } from '../../../i18n';
import { languageInfo } from '../../../i18n/languages';
import { packPaths } from '../../../lib/content/pack-types';
import type { LatLng } from '../../../lib/geo';
import { coastHint, coastLines } from '../../../lib/geo/away-from-coast';
import { useContent } from '../../../runtime/content/content-store';
import { DirectionArrow } from '../direction-arrow';
import { formatDistance } from '../site-rows';
import type { MapLayer } from '../map/use-map-data';

/**
 * For a tsunami, beside the straight line to the site: "first get away from the sea, head
 * W (inland)", from the pack's coastline layer. Only when the site lies inland of where the
 * person starts (away-from-coast.ts says when); nothing without a coastline layer.
 */
export function CoastHintNote({ from, site, place }: { from: LatLng; site: LatLng; place: string }) {
  const t = useT();
  const tm = useNamespaceT('map');
  const coast = useContent<MapLayer>(packPaths.mapLayer('coastline'));
  if (!tm || coast.status !== 'ready') return null;
  const hint = coastHint(from, site, coastLines(coast.data));
  if (!hint) return null;
  const locale = languageInfo(currentLanguage.value).htmlLang;
  return (
    <section class="coast-hint" aria-labelledby="coast-hint-title">
      <h2 id="coast-hint-title" class="coast-hint__title">
        <DirectionArrow bearing={hint.awayBearing} />
        {tm('coast.title')}
      </h2>
      <p>{tm('coast.away', { compass: t(`disaster.compass.${hint.away}`), seaCompass: t(`disaster.compass.${hint.sea}`), distance: formatDistance(hint.seaMeters, locale) })}</p>
      <p>{tm('coast.siteInland', { place, distance: formatDistance(hint.siteFartherMeters, locale) })}</p>
    </section>
  );
}
