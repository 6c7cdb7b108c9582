import type { ShelterState, ShelterStatus } from '../../../../contract/api/shelters';
import { currentLanguage, useNamespaceT } from '../../../i18n';
import { languageInfo } from '../../../i18n/languages';
import { useNow } from '../../../lib/use-now';
import { shelterStatusBySite } from '../../../runtime/shelters/shelter-status';
import { formatShelterTime } from './shelter-time';
import './shelter-status.css';

/** A shape per state, so the state reads without colour (and in high contrast, where colours merge). */
export const stateSymbol: Record<ShelterState, string> = {
  'not-open': '－',
  open: '○',
  crowded: '△',
  full: '×',
  closed: '■',
};

/**
 * A site's opening status: symbol, word and colour, with the time staff set it and the
 * headcount if they gave one. A shelter nobody reported on says so; a place that is not
 * a shelter (a park on high ground) shows nothing unless staff reported on it.
 */
export function ShelterBadge({ siteId, shelter = true }: { siteId: string; shelter?: boolean }) {
  const status = shelterStatusBySite.value.get(siteId);
  if (!status && !shelter) return null;
  return <ShelterStatusText status={status} />;
}

export function ShelterStatusText({ status }: { status: ShelterStatus | undefined }) {
  const t = useNamespaceT('shelters');
  const now = useNow(60_000);
  if (!t) return null;
  if (!status) return <p class="shelter-badge shelter-badge--unknown">{t('unknown')}</p>;
  const lang = languageInfo(currentLanguage.value).htmlLang;
  return (
    <p class={`shelter-badge shelter-badge--${status.state}`} data-shelter-state={status.state}>
      <span class="shelter-badge__state">
        <span class="shelter-badge__symbol" aria-hidden="true">{stateSymbol[status.state]}</span> {t(`state.${status.state}`)}
      </span>
      {status.headcount !== null && <span class="shelter-badge__count">{t('headcount', { count: status.headcount })}</span>}
      <span class="shelter-badge__time">{t('asOf', { time: formatShelterTime(status.setAt, lang, now) })}</span>
    </p>
  );
}
