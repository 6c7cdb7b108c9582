import { describe, expect, it } from 'vitest';
import { checkSay, MAX_PHRASE_NUMBER } from './counter';

const phrases = new Map([['yes', undefined], ['number-answer', 'number' as const], ['date-answer', 'date' as const]]);

describe('what a counter conversation may carry', () => {
  it('accepts a known phrase with exactly the value it holds', () => {
    expect(checkSay({ phrase: 'yes' }, phrases)).toBeUndefined();
    expect(checkSay({ phrase: 'number-answer', n: 3 }, phrases)).toBeUndefined();
    expect(checkSay({ phrase: 'date-answer', date: '2026-12-07' }, phrases)).toBeUndefined();
  });

  it('refuses a phrase the phrasebook does not have, so no id can smuggle words', () => {
    expect(checkSay({ phrase: 'tanaka-taro' }, phrases)).toBe('unknown_phrase');
  });

  it('refuses a value on a phrase without one, and a missing or wrong value', () => {
    expect(checkSay({ phrase: 'yes', n: 1 }, phrases)).toBe('value_not_expected');
    expect(checkSay({ phrase: 'number-answer' }, phrases)).toBe('value_missing');
    expect(checkSay({ phrase: 'number-answer', n: 1, date: '2026-01-01' }, phrases)).toBe('value_not_expected');
    expect(checkSay({ phrase: 'number-answer', n: 1.5 }, phrases)).toBe('bad_value');
    expect(checkSay({ phrase: 'number-answer', n: MAX_PHRASE_NUMBER + 1 }, phrases)).toBe('bad_value');
    expect(checkSay({ phrase: 'date-answer', date: '2026-02-30' }, phrases)).toBe('bad_value');
  });
});
