import type { ProgressState } from '../../../../contract/status';
import { useNamespaceT } from '../../../i18n';
import './status.css';

/** A receipt's state in the phone's list, once the server has said it. */
export function ReceiptState({ state }: { state: ProgressState | undefined }) {
  const ts = useNamespaceT('services');
  if (!ts || !state) return null;
  return <span class={`outbox-receipt__state status-badge status-badge--small status-badge--${state}`}>{ts('receipts.status', { state: ts(`states.${state}`) })}</span>;
}
