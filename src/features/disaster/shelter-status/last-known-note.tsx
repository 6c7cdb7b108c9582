import { useNamespaceT } from '../../../i18n';
import { useNow } from '../../../lib/use-now';
import { knownShelterStatus, shelterStatusLive } from '../../../runtime/shelters/shelter-status';
import { ageOf } from './shelter-time';

/**
 * With no connection, the statuses shown are the last ones received: the screen says so
 * and how old they are, so nobody walks to a shelter on news from this morning unawares.
 */
export function LastKnownNote() {
  const t = useNamespaceT('shelters');
  const now = useNow(30_000);
  const known = knownShelterStatus.value;
  if (!t || !known || shelterStatusLive.value || known.statuses.length === 0) return null;
  const age = ageOf(known.receivedAt, now.getTime());
  const ageText = age.unit === 'now' ? t('age.now') : t(`age.${age.unit}`, { count: age.count });
  return <p class="shelter-last-known" role="status"><span aria-hidden="true">⚠ </span>{t('lastKnown', { age: ageText })}</p>;
}
