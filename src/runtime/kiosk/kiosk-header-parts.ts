import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';

/**
 * The header's kiosk-only controls (もどる/ホーム, "continue on your phone", end the session).
 * The kiosk runtime's chunk fills this in when it loads, so a phone never downloads them
 * (they would count against the first screen's JS budget). The kiosk runtime renders
 * around every screen, so a kiosk's header has them from its first paint.
 */
export interface KioskHeaderParts {
  Nav: ComponentType;
  Handoff: ComponentType;
  EndSession: ComponentType;
}

export const kioskHeaderParts = signal<KioskHeaderParts | undefined>(undefined);
