import { LIBRARY_HOLD_FORM_ID } from '../../../contract/library-hold';
import { useNamespaceT } from '../../i18n';
import { BranchName } from './branch-name';

/**
 * Which book a hold in the phone's outbox or receipt list is for, and where it will be
 * picked up: from the item's clear fields and its local note, so it still says so after
 * a reload and while offline. Nothing for other forms.
 */
export function HoldLine({ formId, clear, note }: { formId: string; clear?: Record<string, string> | undefined; note?: Record<string, string> | undefined }) {
  const tl = useNamespaceT('library');
  if (formId !== LIBRARY_HOLD_FORM_ID || !clear?.pickupBranch || !tl) return null;
  return (
    <span class="library-hold-line">
      {note?.title && <span lang="ja">{note.title}</span>}
      <span> {tl('hold.pickup')}: <BranchName id={clear.pickupBranch} /></span>
    </span>
  );
}
