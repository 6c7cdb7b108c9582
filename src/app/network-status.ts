import { signal } from '@preact/signals';

/** Whether the browser believes it is online; the header shows an "offline" badge when not. */
export const isOnline = signal(typeof navigator === 'undefined' ? true : navigator.onLine);

export function watchNetworkStatus(): () => void {
  const update = () => { isOnline.value = navigator.onLine; };
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  return () => {
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
  };
}
