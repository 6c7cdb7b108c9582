import { describe, expect, it } from 'vitest';
import { attractSlides } from './attract-slides';

describe('attract slides', () => {
  it('are the configured cards on an ordinary day', () => {
    expect(attractSlides(['welcome', 'events'], false)).toEqual(['welcome', 'events']);
  });

  it('open with the emergency alert and repeat it between the other cards', () => {
    expect(attractSlides(['welcome', 'events', 'languages'], true))
      .toEqual(['alert', 'welcome', 'alert', 'events', 'alert', 'languages']);
  });
});
