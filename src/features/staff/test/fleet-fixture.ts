import type { FleetKiosk } from '../../../../contract/api/kiosks';

export const kiosk = (over: Partial<FleetKiosk> = {}): FleetKiosk => ({
  id: 'taira-shisho-1', siteName: '平支所', enrolledAt: '2026-11-01T00:00:00Z', enrolmentPending: false,
  lastSeenAt: '2026-11-25T00:00:00Z', stale: false, appVersion: '0.1.0', packVersion: '2026.11.20-1', packExpiresAt: null, outboxDepth: 0, outboxStuck: [],
  storage: { usage: 1024, quota: 2048 }, online: { since: null, offlineEvents: 0 }, lastError: null, revoked: false, revokedAt: null,
  ...over,
});
