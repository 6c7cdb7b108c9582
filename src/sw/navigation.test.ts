import { describe, expect, it } from 'vitest';
import { isShellNavigation } from './navigation';

describe('offline navigation', () => {
  it('serves the app shell for in-app pages, including deep links', () => {
    expect(isShellNavigation('/')).toBe(true);
    expect(isShellNavigation('/settings')).toBe(true);
    expect(isShellNavigation('/f/bulky-waste')).toBe(true);
  });
  it('never answers the API, packs, the staff console or files with the shell', () => {
    expect(isShellNavigation('/api/health')).toBe(false);
    expect(isShellNavigation('/packs/manifest.json')).toBe(false);
    expect(isShellNavigation('/staff')).toBe(false);
    expect(isShellNavigation('/staff/login')).toBe(false);
    expect(isShellNavigation('/icons/icon-192.png')).toBe(false);
  });
});
