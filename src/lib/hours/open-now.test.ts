import { describe, expect, it } from 'vitest';
import { openState, toJst } from './open-now';
import type { OpeningHours } from '../content/pack-types';

const office: OpeningHours = { days: [1, 2, 3, 4, 5], open: '08:30', close: '17:15', holidays: false, yearEndClosure: true, note: '' };
const hospital: OpeningHours = { days: [0, 1, 2, 3, 4, 5, 6], open: '00:00', close: '24:00', holidays: true, note: '' };
/** An instant given in Japan time, independent of the test machine's zone. */
const jst = (iso: string) => new Date(`${iso}+09:00`);

describe('open now', () => {
  it('a branch office is open on a weekday morning and says when it closes', () => {
    expect(openState(office, jst('2026-11-25T09:00:00'))).toEqual({ open: true, closesAt: '17:15' });
  });

  it('closes at closing time exactly, and is closed before opening', () => {
    expect(openState(office, jst('2026-11-25T17:15:00'))).toEqual({ open: false, reason: 'outside-hours' });
    expect(openState(office, jst('2026-11-25T08:29:00'))).toEqual({ open: false, reason: 'outside-hours' });
  });

  it('is closed on Saturday and Sunday', () => {
    expect(openState(office, jst('2026-11-28T10:00:00'))).toEqual({ open: false, reason: 'closed-day' });
  });

  it('is closed on a national holiday (勤労感謝の日 2026-11-23 is a Monday)', () => {
    expect(openState(office, jst('2026-11-23T10:00:00'))).toEqual({ open: false, reason: 'holiday' });
  });

  it('is closed on a substitute holiday (振替休日 2026-05-06)', () => {
    expect(openState(office, jst('2026-05-06T10:00:00'))).toEqual({ open: false, reason: 'holiday' });
  });

  it('is closed over the year end (12/29–1/3) even on weekdays', () => {
    expect(openState(office, jst('2026-12-29T10:00:00'))).toEqual({ open: false, reason: 'year-end' });
    expect(openState(office, jst('2027-01-04T10:00:00'))).toEqual({ open: true, closesAt: '17:15' });
  });

  it('a 24-hour hospital is open at 3 a.m. on a holiday', () => {
    expect(openState(hospital, jst('2026-11-23T03:00:00'))).toEqual({ open: true, closesAt: undefined });
  });

  it('uses Japan time whatever the device clock zone: 00:30 UTC is 09:30 JST', () => {
    expect(toJst(new Date('2026-11-25T00:30:00Z'))).toMatchObject({ day: 25, minutes: 9 * 60 + 30, weekday: 3 });
  });
});
