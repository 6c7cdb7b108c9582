import { describe, expect, it } from 'vitest';
import { prefetchStrings } from './prefetch';

describe('prefetching the start language', () => {
  it('guesses Japanese for a kiosk and the browser language for a phone', () => {
    expect(prefetchStrings(new URL('https://x.test/?kiosk=taira-shisho-01'), ['en-US'])).toBe('ja');
    expect(prefetchStrings(new URL('https://x.test/attract'), ['vi'])).toBe('ja');
    expect(prefetchStrings(new URL('https://x.test/'), ['pt-BR', 'en'])).toBe('pt');
  });
});
