/**
 * Background Sync tags: the page registers them, the service worker answers them. One
 * name in two runtimes, so it lives here rather than as a string in each.
 */
export const OUTBOX_SYNC_TAG = 'outbox';
