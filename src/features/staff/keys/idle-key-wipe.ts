import { signal } from '@preact/signals';
import { clearKeys, keyRing } from './key-ring';

/**
 * A department key open in an unattended tab reads every citizen's answers to that
 * department; fifteen minutes without a key press or click and it is dropped. The session
 * (12 hours at most) may outlive it: staff then load the key file again, nothing else.
 */
export const KEY_IDLE_MS = 15 * 60 * 1000;
/** True once keys were dropped for idleness, until staff load one again: the keys panel says why they are gone. */
export const keysDroppedIdle = signal(false);
const CHECK_EVERY_MS = 30 * 1000;
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Watches `target` (the window) for a person's input and clears the key ring once none
 * came for KEY_IDLE_MS. Judged by the clock, not by a single long timer, so a laptop that
 * slept through the deadline drops its keys the moment it wakes. Returns a stop function.
 */
export function watchKeyIdleness(target: EventTarget, onWiped: () => void, idleMs = KEY_IDLE_MS): () => void {
  let lastActivity = Date.now();
  const touched = () => {
    lastActivity = Date.now();
  };
  const check = () => {
    if (Date.now() - lastActivity < idleMs || keyRing.value.size === 0) return;
    clearKeys();
    onWiped();
  };
  for (const type of ACTIVITY) target.addEventListener(type, touched, { passive: true, capture: true });
  document.addEventListener('visibilitychange', check);
  // Loading a key counts as activity: the clock starts when it arrives.
  const unsubscribe = keyRing.subscribe((keys) => {
    if (keys.size > 0) touched();
  });
  const timer = setInterval(check, CHECK_EVERY_MS);
  return () => {
    for (const type of ACTIVITY) target.removeEventListener(type, touched, { capture: true });
    document.removeEventListener('visibilitychange', check);
    unsubscribe();
    clearInterval(timer);
  };
}
