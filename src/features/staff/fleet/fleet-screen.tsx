import { useEffect, useState } from 'preact/hooks';
import type { FleetKiosk } from '../../../../contract/api/kiosks';
import { useNow } from '../../../lib/use-now';
import { Page } from '../../../ui/page';
import { staffApi } from '../api/staff-api';
import { session } from '../session/session-state';
import { errorMessage } from '../ui/error-message';
import { useApi } from '../ui/use-api';
import { useStaffText } from '../ui/staff-text';
import { EnrolPanel } from './enrol-panel';
import { FleetTable } from './fleet-table';

const REFRESH_MS = 60_000;

/** Every kiosk, what it last said, which have gone quiet; admins add and revoke terminals here. */
export function FleetScreen() {
  const text = useStaffText();
  const { t } = text;
  const now = useNow(REFRESH_MS / 2);
  const { state, reload, poll } = useApi(({ background }) => staffApi.fleet({ background }), []);
  const pack = useApi(() => staffApi.newestPack(), []);
  const [actionError, setActionError] = useState<string | undefined>();
  const isAdmin = session.value.status === 'signed-in' && session.value.user.role === 'admin';
  // Asked again every minute, so a kiosk going quiet shows without a reload; as background
  // requests, so a fleet page left open on a wall screen does not keep the session alive.
  useEffect(() => {
    const timer = setInterval(poll, REFRESH_MS);
    return () => clearInterval(timer);
  }, [poll]);
  const newestPack = pack.state.status === 'ready' ? pack.state.value.version : undefined;

  async function revoke(kiosk: FleetKiosk) {
    if (!window.confirm(t('fleet.revokeConfirm', { id: kiosk.id, site: kiosk.siteName }))) return;
    const result = await staffApi.revokeKiosk(kiosk.id);
    setActionError(result.ok ? undefined : errorMessage(text, result.error));
    reload();
  }

  return (
    <Page title={t('fleet.title')} wide>
      <div class="stack">
        <p>{newestPack ? t('fleet.newestPack', { version: newestPack }) : t('fleet.newestPackUnknown')}</p>
        <div role="status" aria-live="polite">{actionError && <p class="staff-error">{actionError}</p>}</div>
        {state.status === 'failed' && <p class="staff-error" role="alert">{errorMessage(text, state.error)}</p>}
        {state.status === 'loading' && <p aria-busy="true">{t('fleet.loading')}</p>}
        {state.status === 'ready' && (
          <FleetTable kiosks={state.value.kiosks} newestPack={newestPack} now={now} onRevoke={isAdmin ? (k) => void revoke(k) : undefined} />
        )}
        {isAdmin ? <EnrolPanel onIssued={reload} /> : <p>{t('fleet.adminOnly')}</p>}
      </div>
    </Page>
  );
}
