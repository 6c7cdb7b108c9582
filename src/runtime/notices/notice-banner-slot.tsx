import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { activeNotices } from './notices';

/**
 * Where the city's notices appear on every screen. The banner (with its read-aloud button
 * and the speech code behind it) loads only when there is a notice to show: most starts
 * have none, and the first screen must not wait for it (initial JS budget, issue 16).
 */
export function NoticeBannerSlot() {
  const [Banner, setBanner] = useState<ComponentType | undefined>(undefined);
  const any = activeNotices.value.length > 0;
  useEffect(() => {
    if (any && !Banner) void import('./notice-banner').then((m) => setBanner(() => m.NoticeBanner));
  }, [any]);
  return any && Banner ? <Banner /> : null;
}
