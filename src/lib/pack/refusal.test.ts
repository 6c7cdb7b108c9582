import { describe, expect, it } from 'vitest';
import { heartbeatError, parseReportedRejection, type RejectedPack } from './rejection';
import { formatRefusal, parseRefusedPack, parseReportedRefusal, type RefusedPack } from './refusal';

const refused: RefusedPack = { version: '2026.11.20-0900-aaaaaaaa', reason: 'older', kept: '2026.12.01-0900-bbbbbbbb', at: '2026-12-07T06:00:00Z' };

describe('a refused older or expired pack', () => {
  it('travels in the heartbeat as one line the fleet page reads back', () => {
    const text = formatRefusal(refused);
    expect(text).toBe('pack-refused 2026.11.20-0900-aaaaaaaa older -> 2026.12.01-0900-bbbbbbbb');
    expect(parseReportedRefusal(text)).toEqual({ version: refused.version, reason: 'older', kept: refused.kept, rest: '' });
    expect(parseReportedRefusal(formatRefusal({ ...refused, reason: 'expired', kept: null }))).toMatchObject({ reason: 'expired', kept: null });
  });

  it('comes after a rejection and before a runtime error in the heartbeat', () => {
    const rejected: RejectedPack = {
      version: 'v9', problem: { kind: 'document-missing', path: 'guides/index.json' }, rolledBackTo: 'v8', at: '2026-12-07T05:00:00Z',
    };
    const all = heartbeatError(rejected, 'TypeError: boom', refused)!;
    const rejection = parseReportedRejection(all)!;
    expect(rejection.version).toBe('v9');
    expect(parseReportedRefusal(rejection.rest)).toMatchObject({ version: refused.version, rest: 'TypeError: boom' });
    expect(parseReportedRefusal(heartbeatError(undefined, undefined, refused)!)?.reason).toBe('older');
  });

  it('a stored record of an unknown shape is ignored rather than trusted', () => {
    expect(parseRefusedPack(refused)).toEqual(refused);
    expect(parseRefusedPack({ ...refused, reason: 'bored' })).toBeUndefined();
    expect(parseReportedRefusal('pack-refused v1 bored -> v2')).toBeUndefined();
  });
});
