import type { StatusHold } from '../../../contract/api/status';
import type { ProgressState } from '../../../contract/status';
import { useNamespaceT } from '../../i18n';
import { BranchName } from './branch-name';

/**
 * A library hold on the status page (/status, the phone's receipts): which book, what its
 * state means for a hold (received, ready at the pickup branch, declined), and where to
 * pick it up. The title is shown as the catalogue has it.
 */
export function HoldStatusNote({ hold, state }: { hold: StatusHold; state: ProgressState }) {
  const tl = useNamespaceT('library');
  if (!tl) return null;
  return (
    <div class="library-hold-status stack" data-hold-state={state}>
      <p><span>{tl('holdStatus.book')}: </span>{hold.title === null ? tl('staff.removed', { id: hold.recordId }) : <span lang="ja">{hold.title}</span>}</p>
      <p>{tl(`holdStatus.${state}`)}</p>
      <p><span>{tl('hold.pickup')}: </span><BranchName id={hold.pickupBranch} /></p>
    </div>
  );
}
