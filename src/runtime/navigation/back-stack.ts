/** A screen as the citizen left it: its address, how far down it was read, the link touched. */
export interface Place {
  url: string;
  scrollY: number;
  /** The href of the link touched last on this screen, focused again on return. */
  link?: string;
}

export interface BackStack {
  /** Where もどる leads: the screen before this one, else home; nothing on home itself. */
  target(): string | undefined;
  /** The citizen touched something: remember how far down they were, and which link. */
  mark(scrollY: number, link: string | undefined): void;
  /** The address changed. Returns the place to restore when this is a step back. */
  arrive(url: string): Place | undefined;
}

const home = '/';

/**
 * The kiosk's own history. A kiosk keeps a single browser history entry (no earlier
 * citizen's screens in the back list), so もどる cannot use history.back(): the app
 * remembers the screens of this session in memory, which the wipe's reload forgets.
 * Arriving at the screen on top of the stack is a step back, however it was reached
 * (もどる, or the page's own "back to the list" link); arriving home starts over.
 */
export function createBackStack(startUrl: string, limit = 50): BackStack {
  let current: Place = { url: startUrl, scrollY: 0 };
  const earlier: Place[] = [];
  return {
    target: () => earlier.at(-1)?.url ?? (current.url === home ? undefined : home),
    mark(scrollY, link) {
      current = { ...current, scrollY, link };
    },
    arrive(url) {
      if (url === current.url) return undefined;
      if (earlier.at(-1)?.url === url) {
        current = earlier.pop()!;
        return current;
      }
      if (url === home) earlier.length = 0;
      else {
        earlier.push(current);
        if (earlier.length > limit) earlier.shift();
      }
      current = { url, scrollY: 0 };
      return undefined;
    },
  };
}
