import { useLayoutEffect, useState } from 'preact/hooks';

/** How long the console offers "undo" after an action; the server allows more (see its services). */
export const UNDO_SECONDS = 10;

/**
 * A countdown for an undo offer: `open(token)` starts it for what was just done, and
 * `remaining` falls to 0, when the offer goes away. `close()` ends it early (undone).
 */
export function useUndoWindow<T>(seconds = UNDO_SECONDS) {
  const [offer, setOffer] = useState<{ token: T; remaining: number } | undefined>();
  const live = offer !== undefined;
  // A layout effect: the count starts with the render that shows the offer, not a frame later.
  useLayoutEffect(() => {
    if (!live) return;
    const timer = setInterval(() => {
      setOffer((o) => (o === undefined || o.remaining <= 1 ? undefined : { ...o, remaining: o.remaining - 1 }));
    }, 1000);
    return () => clearInterval(timer);
  }, [live]);
  return {
    offer,
    open: (token: T) => setOffer({ token, remaining: seconds }),
    close: () => setOffer(undefined),
  };
}
