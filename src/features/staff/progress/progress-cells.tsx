import type { SubmissionSummary } from '../api/staff-api';
import { selectAll, selectedSubmissions, toggleSelected } from './progress-state';
import { useProgressText } from './progress-text';

/** The tick box of one row, for bulk status changes. */
export function SelectCell({ item }: { item: SubmissionSummary }) {
  const words = useProgressText();
  if (!words) return <td />;
  return (
    <td>
      <input
        type="checkbox"
        aria-label={words.tp('progress.select', { receiptNumber: item.receiptNumber })}
        checked={selectedSubmissions.value.has(item.id)}
        onChange={(e) => toggleSelected(item.id, e.currentTarget.checked)}
      />
    </td>
  );
}

/** The header's tick box: the whole page at once. */
export function SelectAllHeader({ items }: { items: readonly SubmissionSummary[] }) {
  const words = useProgressText();
  if (!words) return <th scope="col" />;
  const all = items.length > 0 && items.every((item) => selectedSubmissions.value.has(item.id));
  return (
    <th scope="col">
      <input type="checkbox" aria-label={words.tp('progress.selectPage')} checked={all} onChange={(e) => selectAll(items.map((i) => i.id), e.currentTarget.checked)} />
    </th>
  );
}

export function ProgressHeader() {
  const words = useProgressText();
  return <th scope="col">{words?.tp('progress.column')}</th>;
}

/** What the citizen sees now: the state's name as the citizen reads it. */
export function ProgressCell({ item }: { item: SubmissionSummary }) {
  const words = useProgressText();
  return <td>{words && <span class={`staff-status staff-progress--${item.progress}`}>{words.ts(`states.${item.progress}`)}</span>}</td>;
}
