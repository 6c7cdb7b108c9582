import { computed, signal } from '@preact/signals';
import { activePackVersion } from '../content/pack-status';

/**
 * Whether this device would work with the network gone, for the phone's status line:
 * - `preparing`: the service worker is still storing its first stage, or no pack is stored;
 * - `ready`: the shell, every screen, this language's strings and the content pack (with
 *   the disaster information) are stored: the disaster screens work offline;
 * - `complete`: the second stage is stored too (the font, the other languages, the QR decoder).
 */
export type OfflineReadiness = 'preparing' | 'ready' | 'complete';

const firstStageStored = signal(false);
const everythingStored = signal(false);

export const offlineReadiness = computed<OfflineReadiness>(() => {
  if (!firstStageStored.value || !activePackVersion.value) return 'preparing';
  return everythingStored.value ? 'complete' : 'ready';
});

/**
 * Waits for the service worker (active means its first stage is stored, see
 * sw/two-stage-precache.ts), then asks it for the rest, in `language` first; asks again
 * when the network returns if a run failed.
 */
export async function watchOfflineReadiness(language: () => string): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.ready;
  firstStageStored.value = true;
  const ask = () => {
    if (everythingStored.value || !registration.active) return;
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<{ type?: string }>) => {
      if (event.data.type === 'PRECACHE_COMPLETE') everythingStored.value = true;
      channel.port1.close();
    };
    registration.active.postMessage({ type: 'PRECACHE_REST', language: language() }, [channel.port2]);
  };
  ask();
  window.addEventListener('online', ask);
}
