import { exec } from 'preact-iso/router';
import { routes } from './routes';

/**
 * Starts loading the chunk of the screen at `path` now, alongside the preferences and
 * strings, instead of after the first render asks for it (one round trip less, even
 * through the service worker). Unknown paths load nothing: the not-found screen is in the shell.
 */
export function preloadScreen(path: string): void {
  const route = Object.values(routes).find((r) => exec(path, r.path));
  void (route?.component as { preload?: () => Promise<unknown> } | undefined)?.preload?.().catch(() => undefined);
}
