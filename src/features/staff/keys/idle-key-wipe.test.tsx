import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/preact';
import { renderStaff } from '../test/render-staff';
import { KeysPanel } from './keys-panel';
import { addKeys, clearKeys, keyRing, type LoadedKey } from './key-ring';
import { KEY_IDLE_MS, keysDroppedIdle, watchKeyIdleness } from './idle-key-wipe';

const fakeKey = (keyId: string): LoadedKey => ({ keyId, key: {} as CryptoKey });

let stop: () => void = () => undefined;
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  stop();
  clearKeys();
  cleanup();
  keysDroppedIdle.value = false;
  vi.useRealTimers();
});

describe('department keys in a tab nobody is using', () => {
  it(`are dropped after ${KEY_IDLE_MS / 60_000} minutes without a key press or a click`, () => {
    const onWiped = vi.fn();
    stop = watchKeyIdleness(window, onWiped);
    addKeys([fakeKey('gomi-genryo-2026')]);
    vi.advanceTimersByTime(KEY_IDLE_MS - 1000);
    expect(keyRing.value.size).toBe(1);
    vi.advanceTimersByTime(61_000);
    expect(keyRing.value.size).toBe(0);
    expect(onWiped).toHaveBeenCalledTimes(1);
  });

  it('stay while the person at the desk keeps working', () => {
    stop = watchKeyIdleness(window, () => undefined);
    addKeys([fakeKey('gomi-genryo-2026')]);
    for (let i = 0; i < 6; i++) {
      vi.advanceTimersByTime(KEY_IDLE_MS / 2);
      window.dispatchEvent(new Event(i % 2 ? 'keydown' : 'pointerdown'));
    }
    expect(keyRing.value.size).toBe(1);
  });

  it('are dropped after a sleeping laptop wakes, even though no timer ran meanwhile', () => {
    stop = watchKeyIdleness(window, () => undefined);
    addKeys([fakeKey('gomi-genryo-2026')]);
    // The clock jumps; the page becomes visible again.
    vi.setSystemTime(Date.now() + KEY_IDLE_MS + 1000);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(keyRing.value.size).toBe(0);
  });

  it('the keys panel says why they are gone', async () => {
    vi.useRealTimers();
    keysDroppedIdle.value = true;
    await renderStaff(<KeysPanel />);
    expect(screen.getByText(/15 分間操作がなかったため、鍵をこのタブから消去しました/)).toBeTruthy();
  });
});
