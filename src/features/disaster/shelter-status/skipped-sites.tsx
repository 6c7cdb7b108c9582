import { useNamespaceT } from '../../../i18n';
import type { Hazard } from '../../../lib/content/pack-types';
import { RText } from '../../../ui/rtext';
import type { ShelterAwareRows } from './shelter-rows';
import { ShelterStatusText } from './shelter-badge';

/**
 * The nearer shelters the answer passed over in an emergency, each with the status that is
 * the reason: the citizen who knows the school round the corner sees why it is not first.
 */
export function SkippedSites({ skipped, hazard }: { skipped: ShelterAwareRows['skipped']; hazard: Hazard }) {
  const t = useNamespaceT('shelters');
  if (!t || skipped.length === 0) return null;
  return (
    <section class="shelter-skipped" aria-labelledby="shelter-skipped-title">
      <h3 id="shelter-skipped-title">{t('skippedTitle')}</h3>
      <p>{t('skippedNote')}</p>
      <ul role="list">
        {skipped.map(({ row, status }) => (
          <li key={row.site.id} class="shelter-skipped__site">
            <a href={`/disaster/sites/${encodeURIComponent(row.site.id)}?hazard=${hazard}`} lang="ja"><RText value={row.site.name} /></a>
            <ShelterStatusText status={status} />
          </li>
        ))}
      </ul>
    </section>
  );
}
