import type { ReadonlySignal } from '@preact/signals';
import type { PackStatus } from '../runtime/content/pack-status';

/**
 * A new content pack is what teaches the server a form it answered 422 (unknown form) to
 * a moment ago: the server's live forms follow its signed pack. So when this device installs
 * a newer pack, every waiting item is tried at once instead of at its long backoff (up to an
 * hour). Returns the unsubscribe function.
 */
export function retryWhenNewPackInstalled(status: ReadonlySignal<PackStatus>, retryAll: () => void): () => void {
  let seen: string | undefined;
  return status.subscribe((s) => {
    if (s.state !== 'installed' || s.version === seen) return;
    seen = s.version;
    retryAll();
  });
}
