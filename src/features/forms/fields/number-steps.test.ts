import { describe, expect, it } from 'vitest';
import { offersSteps, steppedValue } from './number-steps';

describe('number steps', () => {
  it('+ on an empty box gives the smallest allowed count; steps stay within the range', () => {
    expect(steppedValue('', 1, 1, 10)).toBe('1');
    expect(steppedValue('', -1, 1, 10)).toBe('1');
    expect(steppedValue('２', 1, 1, 10)).toBe('3');
    expect(steppedValue('10', 1, 1, 10)).toBe('10');
    expect(steppedValue('1', -1, 1, 10)).toBe('1');
    expect(steppedValue('abc', 1, 1, 10)).toBe('1');
  });

  it('are offered for small whole counts only', () => {
    expect(offersSteps(1, 10)).toBe(true);
    expect(offersSteps(0, 100000)).toBe(false);
    expect(offersSteps(0, 1, 0.5)).toBe(false);
  });
});
