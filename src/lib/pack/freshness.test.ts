import { describe, expect, it } from 'vitest';
import type { PackManifest } from '../content/pack-types';
import { issuedAt, packExpired, refuseOffered } from './freshness';

const now = new Date('2026-12-07T06:00:00Z');
function pack(version: string, createdAt: string, extra: Partial<PackManifest> = {}): PackManifest {
  return { version, createdAt, expiresAt: '2027-01-06T00:00:00Z', files: [], ...extra };
}
const active = pack('2026.12.01-0900-bbbbbbbb', '2026-12-01T09:00:00Z');

describe('which signed pack may replace the active one', () => {
  it('a newer pack is taken', () => {
    expect(refuseOffered(pack('2026.12.05-0900-cccccccc', '2026-12-05T09:00:00Z'), active, now)).toBeUndefined();
  });

  it('a replayed older pack is refused, even with a fresh expiry or another version name', () => {
    expect(refuseOffered(pack('2026.11.20-0900-aaaaaaaa', '2026-11-20T09:00:00Z'), active, now)).toBe('older');
    expect(refuseOffered(pack('2099.01.01-0000-ffffffff', '2026-11-20T09:00:00Z', { expiresAt: '2099-01-01T00:00:00Z' }), active, now)).toBe('older');
  });

  it('a pack signed at the same instant as the active one is not newer', () => {
    expect(refuseOffered(pack('other', active.createdAt), active, now)).toBe('older');
  });

  it('an expired pack, or one that states no expiry, is refused even on a first install', () => {
    expect(refuseOffered(pack('x', '2026-11-01T00:00:00Z', { expiresAt: '2026-12-01T00:00:00Z' }), undefined, now)).toBe('expired');
    const { expiresAt: _, ...noExpiry } = pack('y', '2026-12-06T00:00:00Z');
    expect(refuseOffered(noExpiry, undefined, now)).toBe('expired');
    expect(refuseOffered(pack('z', '2026-12-06T00:00:00Z', { expiresAt: 'soon' }), active, now)).toBe('expired');
  });

  it('older content comes back only with a signed rollback marker issued after the active pack', () => {
    const rollback = pack('2026.12.07-0500-aaaaaaaa', '2026-11-20T09:00:00Z', {
      rollback: { to: '2026.11.20-0900-aaaaaaaa', issuedAt: '2026-12-07T05:00:00Z' },
    });
    expect(refuseOffered(rollback, active, now)).toBeUndefined();
    expect(issuedAt(rollback)).toBe(Date.parse('2026-12-07T05:00:00Z'));
  });

  it('a rollback marker replayed after a newer pack was published is refused in turn', () => {
    const rollback = pack('2026.12.03-0500-aaaaaaaa', '2026-11-20T09:00:00Z', {
      rollback: { to: '2026.11.20-0900-aaaaaaaa', issuedAt: '2026-12-03T05:00:00Z' },
    });
    const newer = pack('2026.12.05-0900-cccccccc', '2026-12-05T09:00:00Z');
    expect(refuseOffered(rollback, newer, now)).toBe('older');
    // And after the rollback is installed, a replay of the pack it undid is refused.
    expect(refuseOffered(active, rollback, now)).toBe('older');
  });

  it('an active pack is expired once its signed validity has passed', () => {
    expect(packExpired({ expiresAt: '2026-12-07T05:59:59Z' }, now)).toBe(true);
    expect(packExpired({ expiresAt: '2026-12-07T06:00:01Z' }, now)).toBe(false);
  });
});
