import { signal } from '@preact/signals';

/** The submissions ticked in the list, for the bulk "citizen status" panel beside it. */
export const selectedSubmissions = signal<ReadonlySet<string>>(new Set());

/** Bumped after staff changed statuses, so the list reloads and shows them. */
export const progressRevision = signal(0);

export function toggleSelected(id: string, on: boolean): void {
  const next = new Set(selectedSubmissions.value);
  if (on) next.add(id);
  else next.delete(id);
  selectedSubmissions.value = next;
}

export function selectAll(ids: readonly string[], on: boolean): void {
  const next = new Set(selectedSubmissions.value);
  for (const id of ids) {
    if (on) next.add(id);
    else next.delete(id);
  }
  selectedSubmissions.value = next;
}
