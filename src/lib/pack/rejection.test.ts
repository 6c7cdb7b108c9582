import { describe, expect, it } from 'vitest';
import { decideUpdate, formatRejection, heartbeatError, parseRejectedPack, parseReportedRejection, type RejectedPack } from './rejection';

const rejected: RejectedPack = {
  version: '2026.11.25-1200-abcd1234',
  problem: { kind: 'kiosk-config-invalid', path: 'kiosks/taira-shisho-01.json' },
  rolledBackTo: '2026.11.20-0900-00ff00ff',
  at: '2026-11-25T12:05:00Z',
};

describe('a rejected pack version', () => {
  it('is not downloaded again, but any other version is tried', () => {
    expect(decideUpdate(rejected.version, '2026.11.20-0900-00ff00ff', rejected)).toBe('rejected-before');
    expect(decideUpdate('2026.11.26-0800-feedbeef', '2026.11.20-0900-00ff00ff', rejected)).toBe('fetch');
    expect(decideUpdate('2026.11.20-0900-00ff00ff', '2026.11.20-0900-00ff00ff', rejected)).toBe('up-to-date');
    expect(decideUpdate('v2', 'v1', undefined)).toBe('fetch');
  });

  it('travels in the heartbeat as one line the fleet page reads back', () => {
    const text = formatRejection(rejected);
    expect(text).toBe('pack-rejected 2026.11.25-1200-abcd1234 kiosk-config-invalid kiosks/taira-shisho-01.json -> 2026.11.20-0900-00ff00ff');
    expect(parseReportedRejection(text)).toEqual({
      version: rejected.version, problem: 'kiosk-config-invalid', path: rejected.problem.path, rolledBackTo: rejected.rolledBackTo, rest: '',
    });
  });

  it('comes before a runtime error in the heartbeat, and both fit the server’s 500 characters', () => {
    const both = heartbeatError(rejected, 'x'.repeat(600))!;
    expect(both.length).toBe(500);
    expect(parseReportedRejection(both)?.rest).toMatch(/^x+$/);
    expect(parseReportedRejection(heartbeatError({ ...rejected, rolledBackTo: null }, undefined)!)?.rolledBackTo).toBeNull();
    expect(heartbeatError(undefined, undefined)).toBeUndefined();
    expect(parseReportedRejection('TypeError: x is undefined')).toBeUndefined();
  });

  it('a stored record of an unknown shape is ignored rather than trusted', () => {
    expect(parseRejectedPack(rejected)).toEqual(rejected);
    expect(parseRejectedPack({ ...rejected, problem: { kind: 'gremlins', path: 'x' } })).toBeUndefined();
    expect(parseRejectedPack('2026.11.25')).toBeUndefined();
  });
});
