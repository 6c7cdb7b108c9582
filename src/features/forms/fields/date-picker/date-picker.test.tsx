import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { render as renderNow } from 'preact';
import { initI18n, loadNamespace } from '../../../../i18n';
import type { Field } from '../../../../lib/forms/form-schema';
import { FieldHarness, L, seen } from '../../test/harness';

beforeAll(async () => {
  await initI18n('ja');
  await loadNamespace('forms', ['ja']);
});
// 09:00 on 24 November 2026 in Japan: the collection window is 1 December … 23 January.
beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-24T00:00:00Z'), toFake: ['Date'] }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const collection: Field = {
  id: 'day', type: 'date', label: L('希望する収集日'), required: true,
  min: 'today+7', max: 'today+60', closedWeekdays: [0, 6], closedOnHolidays: true,
};

const toggle = () => screen.getByRole('button', { name: /希望する収集日/ });
const day = (iso: string) => document.querySelector<HTMLButtonElement>(`[data-date="${iso}"]`)!;
const grid = () => screen.getByRole('grid');

// Opened by a button on a phone; on a kiosk the calendar is always shown (below).
function openPicker(field: Field = collection) {
  render(<FieldHarness field={field} />);
  fireEvent.click(toggle());
}

describe('the date picker', () => {
  // Rendered outside act(), which would flush deferred effects: the grid must never be on
  // screen with focus elsewhere, or an Escape pressed at once goes to the page, not the picker.
  it('has focus on a day as soon as it is shown', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      renderNow(<FieldHarness field={collection} />, host);
      host.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
      // Preact renders the opened picker in a microtask; a plain effect would move focus only
      // after the next frame, which never comes here, as it may come late on a busy kiosk.
      await Promise.resolve();
      await Promise.resolve();
      expect(host.querySelector('[role=grid]')).not.toBeNull();
      expect((document.activeElement as HTMLElement | null)?.dataset.date).toBe('2026-12-01');
    } finally {
      renderNow(null, host);
      host.remove();
    }
  });

  it('on a kiosk is shown open with the page: no button to find, focus left alone, one tap on a day picks it', () => {
    render(<><h2 tabIndex={-1}>page</h2><FieldHarness field={collection} kiosk /></>);
    const heading = screen.getByRole('heading');
    heading.focus();
    expect(screen.queryByRole('button', { name: /希望する収集日/ })).toBeNull();
    expect(screen.queryByRole('button', { name: '閉じる' })).toBeNull();
    expect(screen.getByRole('group', { name: /希望する収集日/ })).toBeTruthy();
    expect(day('2026-12-01').tabIndex).toBe(0);
    expect(document.activeElement).toBe(heading);
    fireEvent.click(day('2026-12-01'));
    expect(seen.answers.day).toBe('2026-12-01');
    // Still open: the choice shows on the calendar and in words, and can be changed with one more tap.
    expect(day('2026-12-01').closest('td')?.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText(/12月1日/, { selector: '.date-field__western' })).toBeTruthy();
    fireEvent.keyDown(grid(), { key: 'Escape' });
    expect(grid()).toBeTruthy();
  });

  it('opens by touch from a button named by the field’s label, with the month, its 和暦 and the first day one can choose', () => {
    render(<FieldHarness field={collection} />);
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(toggle().textContent).toBe('日付を選ぶ');
    fireEvent.click(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('2026年12月')).toBeTruthy();
    expect(screen.getByText('令和8年')).toBeTruthy();
    expect(grid().getAttribute('aria-labelledby')).toBeTruthy();
    // 1 December, the first day of the window, is the one day in the tab order.
    expect(day('2026-12-01').tabIndex).toBe(0);
    expect(grid().querySelectorAll('button[tabindex="0"]')).toHaveLength(1);
    expect(document.activeElement).toBe(day('2026-12-01'));
  });

  it('greys the days the form closes and those outside its window, and will not pick them', () => {
    openPicker();
    expect(day('2026-12-05').getAttribute('aria-disabled')).toBe('true'); // Saturday
    expect(day('2026-12-05').getAttribute('aria-label')).toBe('12月5日土曜日, 休みの日');
    expect(day('2026-12-01').getAttribute('aria-disabled')).toBeNull(); // Tuesday, first day of the window
    expect(day('2026-11-30')).toBeNull(); // another month: not in this grid
    fireEvent.click(screen.getByRole('button', { name: '次の月' }));
    expect(day('2027-01-25').getAttribute('aria-label')).toBe('1月25日月曜日, 選べない日'); // past the 60 days
    fireEvent.click(day('2027-01-25'));
    fireEvent.click(screen.getByRole('button', { name: '前の月' }));
    fireEvent.click(day('2026-12-05'));
    expect(seen.answers.day).toBeUndefined();
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
  });

  it('greys a national holiday when the form says so (成人の日, 11 January 2027)', () => {
    openPicker();
    fireEvent.click(screen.getByRole('button', { name: '次の月' }));
    expect(day('2027-01-11').getAttribute('aria-disabled')).toBe('true');
    expect(day('2027-01-12').getAttribute('aria-disabled')).toBeNull();
  });

  it('picks a day with one tap, closes, returns focus to the button and shows the date with its 和暦', () => {
    openPicker();
    fireEvent.click(day('2026-12-15'));
    expect(seen.answers.day).toBe('2026-12-15');
    expect(screen.queryByRole('grid')).toBeNull();
    expect(document.activeElement).toBe(toggle());
    expect(toggle().textContent).toBe('日付を変える');
    expect(screen.getByText(/選んだ日：2026年12月15日/)).toBeTruthy();
    expect(screen.getByText('和暦：令和8年12月15日')).toBeTruthy();
  });

  it('moves by day, week and month with the keyboard, stays in the window, picks with Enter and closes with Escape', () => {
    openPicker();
    expect(document.activeElement).toBe(day('2026-12-01'));
    fireEvent.keyDown(grid(), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(day('2026-12-02'));
    fireEvent.keyDown(grid(), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(day('2026-12-09'));
    fireEvent.keyDown(grid(), { key: 'PageDown' });
    expect(screen.getByText('2027年1月')).toBeTruthy();
    expect(document.activeElement).toBe(day('2027-01-09'));
    fireEvent.keyDown(grid(), { key: 'PageDown' }); // 9 February is past the window: held at its last day
    expect(document.activeElement).toBe(day('2027-01-23'));
    fireEvent.keyDown(grid(), { key: 'Home' });
    expect(document.activeElement).toBe(day('2027-01-17'));
    fireEvent.keyDown(grid(), { key: 'ArrowUp', shiftKey: false });
    expect(document.activeElement).toBe(day('2027-01-10'));
    fireEvent.keyDown(grid(), { key: 'ArrowRight' });
    // A native button turns Enter into a click; happy-dom does not, so the click stands for it.
    fireEvent.click(document.activeElement!);
    expect(seen.answers.day).toBeUndefined(); // 11 January is a holiday
    fireEvent.keyDown(grid(), { key: 'ArrowRight' });
    fireEvent.click(document.activeElement!);
    expect(seen.answers.day).toBe('2027-01-12');
    fireEvent.click(toggle());
    fireEvent.keyDown(grid(), { key: 'Escape' });
    expect(screen.queryByRole('grid')).toBeNull();
    expect(document.activeElement).toBe(toggle());
  });

  it('cannot step to a month outside the window', () => {
    openPicker();
    expect((screen.getByRole('button', { name: '前の月' }) as HTMLButtonElement).disabled).toBe(true); // November: no day to choose
    expect((screen.getByRole('button', { name: '次の月' }) as HTMLButtonElement).disabled).toBe(false);
    expect((screen.getByRole('button', { name: '前の年' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: '10年前' })).toBeNull();
  });

  it('for a birth date, steps ten years at a time and shows the era of the year: 昭和23年', () => {
    openPicker({ id: 'day', type: 'date', label: L('希望する収集日'), required: true, min: '1900-01-01', max: 'today' });
    for (let i = 0; i < 7; i++) fireEvent.click(screen.getByRole('button', { name: '10年前' }));
    for (let i = 0; i < 8; i++) fireEvent.click(screen.getByRole('button', { name: '前の年' }));
    expect(screen.getByText('1948年11月')).toBeTruthy();
    expect(screen.getByText('昭和23年')).toBeTruthy();
    fireEvent.click(day('1948-11-03'));
    expect(seen.answers.day).toBe('1948-11-03');
    expect(screen.getByText('和暦：昭和23年11月3日')).toBeTruthy();
  });

  it('names its days in the reader’s language', async () => {
    await loadNamespace('forms', ['en']);
    const { setLanguage } = await import('../../../../i18n');
    await setLanguage('en');
    try {
      openPicker();
      expect(screen.getByText('December 2026')).toBeTruthy();
      expect(day('2026-12-05').getAttribute('aria-label')).toBe('Saturday, December 5, closed');
      expect(screen.getByRole('button', { name: 'Next month' })).toBeTruthy();
    } finally {
      await setLanguage('ja');
    }
  });
});
