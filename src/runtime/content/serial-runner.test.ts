import { describe, expect, it } from 'vitest';
import { serialRunner } from './serial-runner';

describe('one pack check at a time', () => {
  it('a request during a run makes exactly one more run after it, never two at once', async () => {
    let active = 0;
    let most = 0;
    let runs = 0;
    const gates: Array<() => void> = [];
    const request = serialRunner(async () => {
      runs++;
      active++;
      most = Math.max(most, active);
      await new Promise<void>((resolve) => gates.push(resolve));
      active--;
    });
    const first = request();
    void request();
    void request(); // folded into the same one more run
    expect(runs).toBe(1);
    gates.shift()?.();
    await first;
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2);
    gates.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2);
    expect(most).toBe(1);
  });

  it('a failed run does not stop the next', async () => {
    let runs = 0;
    const request = serialRunner(async () => { runs++; throw new Error('offline'); });
    await request();
    await request();
    expect(runs).toBe(2);
  });
});
