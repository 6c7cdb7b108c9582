import { describe, expect, it } from 'vitest';
import { kiosk } from '../test/fleet-fixture';
import { isBehind, kioskHealth } from './kiosk-health';
import { relativeTime } from './relative-time';

describe('how long since a kiosk was heard from', () => {
  const now = new Date('2026-11-25T09:00:00Z');
  it('says it in the largest whole unit, in Japanese or English', () => {
    expect(relativeTime('2026-11-25T08:55:00Z', now, 'ja')).toBe('5 分前');
    expect(relativeTime('2026-11-25T08:55:00Z', now, 'en')).toBe('5 minutes ago');
    expect(relativeTime('2026-11-25T06:00:00Z', now, 'en')).toBe('3 hours ago');
    expect(relativeTime('2026-11-22T09:00:00Z', now, 'ja')).toBe('3 日前');
    expect(relativeTime('2026-11-25T08:59:58Z', now, 'en')).toBe('2 seconds ago');
  });
});

describe('the state of a kiosk', () => {
  it('is stale when silent, awaiting enrolment before its first heartbeat, revoked above all', () => {
    expect(kioskHealth(kiosk())).toBe('ok');
    expect(kioskHealth(kiosk({ stale: true }))).toBe('stale');
    expect(kioskHealth(kiosk({ lastSeenAt: null, stale: true, enrolmentPending: true }))).toBe('awaiting-enrolment');
    expect(kioskHealth(kiosk({ lastSeenAt: null, stale: true }))).toBe('never-seen');
    expect(kioskHealth(kiosk({ stale: true, revoked: true }))).toBe('revoked');
  });

  it('is behind when its pack differs from the newest, once it has reported one', () => {
    expect(isBehind(kiosk(), '2026.11.20-1')).toBe(false);
    expect(isBehind(kiosk(), '2026.11.25-1')).toBe(true);
    expect(isBehind(kiosk({ packVersion: null }), '2026.11.25-1')).toBe(true);
    expect(isBehind(kiosk({ lastSeenAt: null }), '2026.11.25-1')).toBe(false);
    expect(isBehind(kiosk(), undefined)).toBe(false);
  });
});
