import { signal } from '@preact/signals';

/**
 * The query on a kiosk. Phones put it in the address (/search?q=…) so results can be
 * bookmarked and shared; a kiosk keeps it in memory only, because the browser writes
 * every address it visits to its history database on disk, where a stranger's search
 * would outlive the idle wipe.
 */
export const kioskSearchQuery = signal('');
