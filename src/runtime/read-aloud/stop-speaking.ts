/**
 * Stops a reading in progress from anywhere (the app shell, on every route change) without
 * loading the speech code: speech.ts registers its stop when it loads, and until then
 * nothing can be reading.
 */
let stop: (() => void) | undefined;

export function registerSpeechStop(fn: () => void): void {
  stop = fn;
}

export function stopSpeakingIfAny(): void {
  stop?.();
}
