import type { TFunction } from 'i18next';
import type { EvacuationSite, Hazard } from '../../lib/content/pack-types';
import { directionTo, nearestSitesForHazard, type Direction, type LatLng, type SiteIndex } from '../../lib/geo';

/** How many sites the list shows: enough to choose from, few enough to read on one screen. */
export const listLength = 10;

/** One line of the evacuation list: the site and how to get there from "here". */
export interface SiteRow extends Direction {
  /** 1 = nearest. The same number is drawn in the site's map marker. */
  rank: number;
  site: EvacuationSite;
  /** The straight-line distance as shown: "850 m", "1.3 km". */
  distance: string;
}

/**
 * The `k` nearest sites designated for `hazard`, nearest first. Only designated sites:
 * nearestSitesForHazard never returns a school on the shore for a tsunami.
 */
export function siteRows(
  index: SiteIndex<EvacuationSite>, here: LatLng, hazard: Hazard, locale: string, k = listLength,
  accept?: (site: EvacuationSite) => boolean,
): SiteRow[] {
  return nearestSitesForHazard(index, here, hazard, k, accept).map(({ site }, i) => {
    const direction = directionTo(here, site);
    return { rank: i + 1, site, ...direction, distance: formatDistance(direction.meters, locale) };
  });
}

/**
 * Under a kilometre in metres rounded to 10 m (never "0 m"); from there in kilometres
 * with one decimal, in the reader's number format (1,3 km in Portuguese).
 */
export function formatDistance(meters: number, locale: string): string {
  const rounded = Math.max(10, Math.round(meters / 10) * 10);
  if (rounded < 1000) return `${new Intl.NumberFormat(locale).format(rounded)} m`;
  const km = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(meters / 1000);
  return `${km} km`;
}

/** 「直線距離 1.3 km・徒歩約 20 分」: the words say the distance is straight-line, not the route. */
export function distanceText(row: Pick<SiteRow, 'distance' | 'minutes'>, t: TFunction<'common'>): string {
  return t('disaster.distanceLine', { distance: row.distance, minutes: row.minutes });
}

/** 「北東の方向」 */
export function directionText(row: Pick<SiteRow, 'compass'>, t: TFunction<'common'>): string {
  return t('disaster.direction', { compass: t(`disaster.compass.${row.compass}`) });
}
