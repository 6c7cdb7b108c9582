import { useEffect } from 'preact/hooks';

/**
 * The first screen's moment: work the first paint does not need (the UI font's 250
 * @font-face rules, the database, content and notice sync, the outbox, the service
 * worker) waits for it, so it neither takes the main thread nor IndexedDB from the
 * screen a citizen is waiting for. Every start screen (a page with its heading, the
 * attract loop, the operator screen) reports itself with useFirstScreenShown().
 */
let shown: () => void = () => undefined;
const firstScreen = new Promise<void>((resolve) => { shown = resolve; });

export function useFirstScreenShown(): void {
  useEffect(() => shown(), []);
}

/** Resolves after the first screen has been painted, or after `fallbackMs` whatever happens. */
export function afterFirstScreen(fallbackMs = 3000): Promise<void> {
  const painted = firstScreen.then(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  return Promise.race([painted, new Promise<void>((resolve) => setTimeout(resolve, fallbackMs))]);
}
