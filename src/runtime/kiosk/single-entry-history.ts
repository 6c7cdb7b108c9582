import { useLayoutEffect } from 'preact/hooks';

/**
 * On a kiosk every move inside the app replaces the tab's current history entry
 * instead of adding one, so the back list never holds an earlier citizen's screens
 * (the wipe's reload uses location.replace, which adds none either). A kiosk has no
 * back button: the app's own links and buttons do all the navigating.
 */
export function useSingleEntryHistory(): void {
  useLayoutEffect(() => {
    const push = history.pushState;
    history.pushState = (data: unknown, unused: string, url?: string | URL | null) => history.replaceState(data, unused, url);
    return () => { history.pushState = push; };
  }, []);
}
