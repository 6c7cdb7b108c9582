import { useT } from '../../i18n';
import type { Hazard } from '../../lib/content/pack-types';
import { RText, plainText } from '../../ui/rtext';
import { PlaceName } from '../../ui/place-name';
import { DirectionArrow } from './direction-arrow';
import { ShelterBadge } from './shelter-status/shelter-badge';
import { directionText, distanceText, type SiteRow } from './site-rows';

/** One evacuation site in the list: where it is from here, how big, whether people can stay. */
export function SiteCard({ row, hazard }: { row: SiteRow; hazard: Hazard }) {
  const t = useT();
  const { site } = row;
  return (
    <article class="site-card">
      <span class="site-card__rank" aria-hidden="true">{row.rank}</span>
      <h3 class="site-card__name">
        <a href={`/disaster/sites/${encodeURIComponent(site.id)}?hazard=${hazard}`}><PlaceName name={site.name} kana={site.nameKana} official={site.nameEn} /></a>
      </h3>
      <ShelterBadge siteId={site.id} shelter={site.shelter} />
      <p class="site-card__distance">
        <DirectionArrow bearing={row.bearing} />
        <span>
          <strong>{distanceText(row, t)}</strong>
          <br />
          {directionText(row, t)}
        </span>
      </p>
      <ul class="site-card__facts" role="list">
        <li>{site.capacity === null ? t('disaster.capacityUnknown') : t('disaster.capacity', { count: site.capacity })}</li>
        <li class={site.shelter ? 'site-card__shelter' : 'site-card__shelter site-card__shelter--no'}>
          <span aria-hidden="true">{site.shelter ? '◎ ' : '△ '}</span>
          {site.shelter ? t('disaster.shelterYes') : t('disaster.shelterNo')}
        </li>
      </ul>
      {plainText(site.note) && <p class="site-card__note" lang="ja"><RText value={site.note} /></p>}
    </article>
  );
}
