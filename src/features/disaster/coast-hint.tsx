import { currentLanguage, useNamespaceT, useT } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import { packPaths } from '../../lib/content/pack-types';
import type { LatLng } from '../../lib/geo';
import { coastHint, coastLines, startHint } from '../../lib/geo/away-from-coast';
import { useContent } from '../../runtime/content/content-store';
import { DirectionArrow } from './direction-arrow';
import { formatDistance } from './site-rows';
import type { MapLayer } from './map/use-map-data';

/**
 * For a tsunami: "first get away from the sea, head W (inland)", from the pack's coastline
 * layer. Above the list (no `site`) when the start is near the sea; on a site's page beside
 * the straight line to it, when the site lies inland of the start (away-from-coast.ts says
 * when). Nothing without a coastline layer.
 */
export function CoastHintNote({ from, site, place }: { from: LatLng; site?: LatLng; place?: string }) {
  // Under the list's own h2 it is a part of the answer; on a site's page, a section of it.
  const Heading = site ? 'h2' : 'h3';
  const t = useT();
  const tm = useNamespaceT('map');
  const coast = useContent<MapLayer>(packPaths.mapLayer('coastline'));
  if (!tm || coast.status !== 'ready') return null;
  const lines = coastLines(coast.data);
  const inland = site ? coastHint(from, site, lines) : undefined;
  const hint = site ? inland : startHint(from, lines);
  if (!hint) return null;
  const locale = languageInfo(currentLanguage.value).htmlLang;
  return (
    <section class="coast-hint" aria-labelledby="coast-hint-title">
      <Heading id="coast-hint-title" class="coast-hint__title">
        <DirectionArrow bearing={hint.awayBearing} />
        {tm('coast.title')}
      </Heading>
      <p>{tm('coast.away', { compass: t(`disaster.compass.${hint.away}`), seaCompass: t(`disaster.compass.${hint.sea}`), distance: formatDistance(hint.seaMeters, locale) })}</p>
      {inland && place && <p>{tm('coast.siteInland', { place, distance: formatDistance(inland.siteFartherMeters, locale) })}</p>}
    </section>
  );
}
