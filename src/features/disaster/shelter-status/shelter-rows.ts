import type { ShelterStatus } from '../../../../contract/api/shelters';
import type { EvacuationSite, Hazard } from '../../../lib/content/pack-types';
import type { LatLng, SiteIndex } from '../../../lib/geo';
import { isUnusable } from '../../../runtime/shelters/shelter-status';
import { listLength, siteRows, type SiteRow } from '../site-rows';

export interface ShelterAwareRows {
  /** The sites to go to, nearest first. */
  rows: SiteRow[];
  /** Sites nearer than the last of `rows` that were passed over, with the status that says why. */
  skipped: Array<{ row: SiteRow; status: ShelterStatus }>;
}

/**
 * The evacuation list with shelter status. In an emergency a site staff reported full, not
 * open or closed is passed over, and the next one takes its place: the answer "go here"
 * must be somewhere that will take people in. The passed-over ones are returned too, so
 * the screen says which and why. Outside an emergency nothing is skipped (status shows on
 * each line). A site nobody reported on is never skipped: unknown is not "closed".
 */
export function shelterAwareRows(
  index: SiteIndex<EvacuationSite>, here: LatLng, hazard: Hazard, locale: string,
  statuses: ReadonlyMap<string, ShelterStatus>, emergency: boolean, k = listLength,
): ShelterAwareRows {
  if (!emergency) return { rows: siteRows(index, here, hazard, locale, k), skipped: [] };
  const usable = (site: EvacuationSite) => !isUnusable(statuses.get(site.id)?.state);
  const rows = siteRows(index, here, hazard, locale, k, usable);
  const farthest = rows.at(-1)?.meters ?? Infinity;
  const skipped = siteRows(index, here, hazard, locale, k)
    .filter((row) => !usable(row.site) && row.meters <= farthest)
    .map((row) => ({ row, status: statuses.get(row.site.id)! }));
  return { rows, skipped };
}
