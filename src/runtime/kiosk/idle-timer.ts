/**
 * The kiosk's idle clock: no touch for `timeoutMs` → warn; no touch for another
 * `warningMs` → wipe. Any activity during the warning ("continue") starts over.
 * Pure timing logic with injectable timers, so it is tested without a browser.
 */
export interface IdleTimerOptions {
  timeoutMs: number;
  warningMs: number;
  onWarn(secondsLeft: number): void;
  onTick(secondsLeft: number): void;
  onResume(): void;
  onWipe(): void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface IdleTimer {
  /** A touch, a key, a scroll: the citizen is still here. */
  activity(): void;
  /** Stop counting (e.g. on the attract screen, where there is nobody to wipe). */
  pause(): void;
  dispose(): void;
}

export function createIdleTimer(options: IdleTimerOptions): IdleTimer {
  const set = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clear = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let handle: unknown;
  let warning = false;

  const cancel = () => { if (handle !== undefined) clear(handle); handle = undefined; };

  const countDown = (secondsLeft: number) => {
    if (secondsLeft <= 0) {
      warning = false;
      handle = undefined;
      options.onWipe();
      return;
    }
    options.onTick(secondsLeft);
    handle = set(() => countDown(secondsLeft - 1), 1000);
  };

  const startIdle = () => {
    cancel();
    handle = set(() => {
      warning = true;
      const seconds = Math.ceil(options.warningMs / 1000);
      options.onWarn(seconds);
      handle = set(() => countDown(seconds - 1), 1000);
    }, options.timeoutMs);
  };

  startIdle();
  return {
    activity() {
      if (warning) { warning = false; options.onResume(); }
      startIdle();
    },
    pause() { cancel(); warning = false; },
    dispose() { cancel(); },
  };
}
