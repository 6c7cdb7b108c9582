import { useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { facilityKinds, packPaths, type Facility, type FacilityKind } from '../../lib/content/pack-types';
import { useContent } from '../../runtime/content/content-store';
import { ContentFrame } from '../../runtime/content/content-frame';
import { useNow } from '../../lib/use-now';
import { PlaceName } from '../../ui/place-name';
import { Page } from '../../ui/page';
import { OpenBadge } from './facility-open-badge';
import './facilities.css';

/** Facilities by type, each with "open now / closed now" computed on the device. */
export default function FacilitiesScreen() {
  const t = useT();
  const facilities = useContent<Facility[]>(packPaths.facilities);
  const [kind, setKind] = useState<FacilityKind | 'all'>('all');
  const now = useNow(60_000);
  return (
    <Page title={t('facilities.title')}>
      <ContentFrame state={facilities}>
        {(items) => {
          const kinds = facilityKinds.filter((k) => items.some((f) => f.kind === k));
          const shown = kind === 'all' ? items : items.filter((f) => f.kind === kind);
          return (
            <>
              <div class="cluster facility-filters" role="group" aria-label={t('facilities.filter')}>
                {(['all', ...kinds] as const).map((k) => (
                  <button key={k} type="button" class="button" aria-pressed={kind === k} onClick={() => setKind(k)}>
                    {k === 'all' ? t('facilities.all') : t(`facilities.kinds.${k}`)}
                  </button>
                ))}
              </div>
              <p role="status">{t('facilities.count', { count: shown.length })}</p>
              <ul class="facility-list" role="list">
                {shown.map((f) => (
                  <li key={f.id}>
                    <a class="facility-card" href={`/facilities/${f.id}`}>
                      <span class="facility-card__name"><PlaceName name={f.name} kana={f.nameKana} official={f.nameEn} /></span>
                      <span class="facility-card__kind">{t(`facilities.kinds.${f.kind}`)}</span>
                      <OpenBadge hours={f.hours} now={now} />
                    </a>
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </ContentFrame>
    </Page>
  );
}
