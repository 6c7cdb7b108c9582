import { useT } from '../../i18n';
import { offlineReadiness } from './offline-readiness';
import './offline-ready-status.css';

/**
 * On a phone, under every screen: whether it would keep working with the network gone,
 * so a resident who opened the link from a disaster message knows when they may lose
 * the signal. Announced politely when it changes.
 */
export function OfflineReadyStatus() {
  const t = useT();
  const state = offlineReadiness.value;
  return (
    <p class={`offline-ready offline-ready--${state}`} role="status" data-offline-ready={state}>
      {t(`offlineReady.${state}`)}
    </p>
  );
}
