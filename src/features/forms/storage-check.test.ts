import { describe, expect, it } from 'vitest';
import { lowOnStorage, minFreeBytes } from './storage-check';

describe('the storage check before typing', () => {
  it('warns under 5 MB free, and never when the browser cannot tell', async () => {
    expect(await lowOnStorage(async () => ({ quota: 100 * 1024 * 1024, usage: 100 * 1024 * 1024 - minFreeBytes + 1 }))).toBe(true);
    expect(await lowOnStorage(async () => ({ quota: 100 * 1024 * 1024, usage: 1024 }))).toBe(false);
    expect(await lowOnStorage(async () => ({}))).toBe(false);
    expect(await lowOnStorage(() => undefined)).toBe(false);
    expect(await lowOnStorage(async () => { throw new Error('denied'); })).toBe(false);
  });
});
