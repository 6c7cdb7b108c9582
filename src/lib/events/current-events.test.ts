import { describe, expect, it } from 'vitest';
import { currentEvents } from './current-events';
import type { EventItem } from '../content/pack-types';

const item = (id: string, start: string, end: string): EventItem => ({
  id, category: 'event', title: id, summary: '', start, end, place: '', facility: null,
});

describe('current events', () => {
  const items = [item('past', '2026-09-01', '2026-09-06'), item('today', '2026-11-20', '2026-11-25'), item('later', '2026-12-01', '2026-12-01')];
  it('hides events that have ended and keeps one that ends today, soonest first', () => {
    expect(currentEvents(items, new Date('2026-11-25T14:00:00+09:00')).map((e) => e.id)).toEqual(['today', 'later']);
  });
  it('uses the Japanese date: 23:30 UTC on the 25th is already the 26th in Iwaki', () => {
    expect(currentEvents(items, new Date('2026-11-25T15:30:00Z')).map((e) => e.id)).toEqual(['later']);
  });
});
