import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer } from './idle-timer';

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

function timer() {
  const events: string[] = [];
  const idle = createIdleTimer({
    timeoutMs: 60_000, warningMs: 10_000,
    onWarn: (s) => events.push(`warn ${s}`),
    onTick: (s) => events.push(`tick ${s}`),
    onResume: () => events.push('resume'),
    onWipe: () => events.push('wipe'),
  });
  return { idle, events };
}

describe('the kiosk idle clock', () => {
  it('warns after the timeout and wipes when the countdown ends', () => {
    const { events } = timer();
    vi.advanceTimersByTime(59_999);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['warn 10']);
    vi.advanceTimersByTime(10_000);
    expect(events.at(-1)).toBe('wipe');
    expect(events.filter((e) => e.startsWith('tick'))).toHaveLength(9);
  });

  it('a touch during the warning ("continue") keeps the session and starts the clock again', () => {
    const { idle, events } = timer();
    vi.advanceTimersByTime(65_000);
    idle.activity();
    expect(events).toContain('resume');
    vi.advanceTimersByTime(59_000);
    expect(events).not.toContain('wipe');
    vi.advanceTimersByTime(1_000 + 10_000);
    expect(events.at(-1)).toBe('wipe');
  });

  it('activity before the timeout postpones the warning', () => {
    const { idle, events } = timer();
    vi.advanceTimersByTime(50_000);
    idle.activity();
    vi.advanceTimersByTime(50_000);
    expect(events).toEqual([]);
  });

  it('paused (attract screen) it never wipes', () => {
    const { idle, events } = timer();
    idle.pause();
    vi.advanceTimersByTime(600_000);
    expect(events).toEqual([]);
  });
});
