import { signal } from '@preact/signals';
import type { LibraryRecord, LibrarySearchResult } from '../../../contract/api/library';
import type { LibrarySearchParams } from './library-api';

/**
 * The last search that got an answer, kept in memory only: shown again when the network
 * goes (with "offline: catalogue unavailable"), and where the hold screen finds its book.
 * Never written to storage; a kiosk's idle wipe reloads the page and forgets it.
 */
export const lastSearch = signal<{ params: LibrarySearchParams; result: LibrarySearchResult } | undefined>(undefined);

export function rememberedRecord(id: string): LibraryRecord | undefined {
  return lastSearch.value?.result.records.find((record) => record.id === id);
}
