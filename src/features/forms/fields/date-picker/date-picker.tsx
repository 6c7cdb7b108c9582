import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  clampDate, compareMonths, dayAfterKey, isoOf, shiftMonth, yearMonthOf, daysInMonth, type YearMonth,
} from '../../../../lib/forms/calendar-month';
import { closedReason, type ClosedDayRules } from '../../../../lib/forms/closed-days';
import { useFormsT } from '../../forms-i18n';
import { CalendarGrid, type DayState } from './calendar-grid';
import { monthTitle, warekiYear } from './date-words';
import './date-picker.css';

export interface DatePickerProps {
  id: string;
  value: string | undefined;
  /** Resolved bounds (YYYY-MM-DD), either may be missing. */
  min: string | undefined;
  max: string | undefined;
  rules: ClosedDayRules;
  today: string;
  onPick: (iso: string) => void;
  /** Absent when the calendar is always shown (a kiosk): no close button, no Escape. */
  onClose?: () => void;
  /** Shown with the page rather than opened by a button: focus stays where the page put it. */
  inline?: boolean;
}

/** Years a birth date may be away: steps of ten only when the range is that long. */
const LONG_RANGE_YEARS = 10;

/**
 * A month calendar large enough for a finger and for 200 % text, with the 和暦 beside the
 * Western year, closed days greyed, steppers for month and year, and the keyboard of the
 * WAI-ARIA date picker pattern. It never needs the browser's picker or a hardware keyboard.
 */
export function DatePicker({ id, value, min, max, rules, today, onPick, onClose, inline = false }: DatePickerProps) {
  const t = useFormsT();
  const [focusDay, setFocusDay] = useState(() => clampDate(value ?? today, min, max));
  // Opening moves focus onto the day (WAI-ARIA date picker), so arrows and Escape work at once;
  // a calendar shown inline with its page leaves focus on the page's heading. A layout effect,
  // in the same task as the render: with a plain effect the grid was on screen a moment with
  // focus still on the button, and an Escape pressed then went nowhere (a CI run caught it).
  const [moveFocus, setMoveFocus] = useState(!inline);
  const grid = useRef<HTMLTableElement>(null);
  const month = yearMonthOf(focusDay);

  useLayoutEffect(() => {
    if (!moveFocus) return;
    grid.current?.querySelector<HTMLButtonElement>(`[data-date="${focusDay}"]`)?.focus();
    setMoveFocus(false);
  }, [moveFocus, focusDay]);

  const dayState = (iso: string): DayState =>
    (min !== undefined && iso < min) || (max !== undefined && iso > max) ? 'out-of-range' : closedReason(iso, rules) ? 'closed' : 'open';

  const minMonth = min === undefined ? undefined : yearMonthOf(min);
  const maxMonth = max === undefined ? undefined : yearMonthOf(max);
  const reachable = (target: YearMonth) =>
    (minMonth === undefined || compareMonths(target, minMonth) >= 0) && (maxMonth === undefined || compareMonths(target, maxMonth) <= 0);
  /** Shows another month, keeping the day of the month where it can. */
  const showMonth = (count: number) => {
    const target = shiftMonth(month, count);
    const day = Math.min(Number(focusDay.slice(8, 10)), daysInMonth(target));
    setFocusDay(clampDate(isoOf(target.year, target.month, day), min, max));
  };
  const longRange = minMonth !== undefined && maxMonth !== undefined ? maxMonth.year - minMonth.year > LONG_RANGE_YEARS : true;

  function onKeyDown(event: KeyboardEvent) {
    const next = dayAfterKey(focusDay, event.key, event.shiftKey);
    if (next === undefined) return;
    event.preventDefault();
    setFocusDay(clampDate(next, min, max));
    setMoveFocus(true);
  }

  const step = (count: number, label: string, name: string) => (
    <button type="button" class={`button date-picker__step date-picker__step--${name}`} disabled={!reachable(shiftMonth(month, count))} onClick={() => showMonth(count)}>
      {label}
    </button>
  );

  return (
    <div id={id} class={`date-picker${inline ? ' date-picker--inline' : ''}`} role="group" aria-labelledby={`${id}-caption`} onKeyDown={(e) => e.key === 'Escape' && onClose?.()}>
      <p id={`${id}-caption`} class="date-picker__title" aria-live="polite">
        <span class="date-picker__month">{monthTitle(month)}</span>{' '}
        <span class="date-picker__wareki" lang="ja">{warekiYear(month)}</span>
      </p>
      <div class="date-picker__steps">
        {longRange && step(-12 * LONG_RANGE_YEARS, t('date.back10Years'), 'back10')}
        {step(-12, t('date.prevYear'), 'prev-year')}
        {step(-1, t('date.prevMonth'), 'prev-month')}
        {step(1, t('date.nextMonth'), 'next-month')}
        {step(12, t('date.nextYear'), 'next-year')}
        {longRange && step(12 * LONG_RANGE_YEARS, t('date.ahead10Years'), 'ahead10')}
      </div>
      <CalendarGrid
        month={month} focusDay={focusDay} selected={value} today={today} dayState={dayState}
        captionId={`${id}-caption`} helpId={`${id}-help`} onPick={onPick} onKeyDown={onKeyDown} gridRef={grid}
      />
      <p id={`${id}-help`} class="date-picker__help">{t('date.legend')} <span class="date-picker__keys">{t('date.gridHelp')}</span></p>
      {onClose && <button type="button" class="button date-picker__close" onClick={onClose}>{t('date.close')}</button>}
    </div>
  );
}
