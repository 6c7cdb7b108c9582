import { describe, expect, it } from 'vitest';
import { createUuidV7Generator, isUuidV7, nextClockState, uuidv7, uuidV7Time } from './uuidv7';

describe('submission ids (UUIDv7)', () => {
  it('makes version-7 RFC-variant ids that carry the time', () => {
    const id = createUuidV7Generator({ now: () => 1_795_000_000_123 })();
    expect(isUuidV7(id)).toBe(true);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
    expect(uuidV7Time(id)).toBe(1_795_000_000_123);
  });

  it('sorts ids made in the same millisecond in the order they were made', () => {
    const next = createUuidV7Generator({ now: () => 1_795_000_000_000 });
    const ids = Array.from({ length: 1000 }, () => next());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(1000);
  });

  it('never goes back when the clock does', () => {
    let time = 1_795_000_000_500;
    const next = createUuidV7Generator({ now: () => time });
    const first = next();
    time -= 60_000;
    const second = next();
    expect(second > first).toBe(true);
    expect(uuidV7Time(second)).toBe(1_795_000_000_500);
  });

  it('moves to the next millisecond when the counter runs out', () => {
    expect(nextClockState({ ms: 5, counter: 2 ** 42 - 1 }, 5, 7)).toEqual({ ms: 6, counter: 7 });
    expect(nextClockState({ ms: 5, counter: 10 }, 5, 7)).toEqual({ ms: 5, counter: 11 });
    expect(nextClockState({ ms: 5, counter: 10 }, 9, 7)).toEqual({ ms: 9, counter: 7 });
  });

  it('keeps randomness in the tail, so ids cannot be guessed from the previous one', () => {
    const a = uuidv7();
    const b = uuidv7();
    expect(a.slice(-8)).not.toBe(b.slice(-8));
  });

  it('recognises v7 ids and refuses others', () => {
    expect(isUuidV7('0190b8c4-5a2e-7c3d-9f00-123456789abc')).toBe(true);
    expect(isUuidV7('0190B8C4-5A2E-7C3D-9F00-123456789ABC')).toBe(true);
    expect(isUuidV7('0190b8c4-5a2e-4c3d-9f00-123456789abc')).toBe(false); // v4
    expect(isUuidV7('0190b8c4-5a2e-7c3d-cf00-123456789abc')).toBe(false); // wrong variant
    expect(isUuidV7('0190b8c45a2e7c3d9f00123456789abc')).toBe(false);
    expect(isUuidV7('')).toBe(false);
  });
});
