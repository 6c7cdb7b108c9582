import type { Ref } from 'preact';
import { monthWeeks, type YearMonth } from '../../../../lib/forms/calendar-month';
import { useFormsT } from '../../forms-i18n';
import { dayName, weekdayNames } from './date-words';

export type DayState = 'open' | 'closed' | 'out-of-range';

interface GridProps {
  month: YearMonth;
  /** The one day in the tab order (roving tabindex); arrow keys move it. */
  focusDay: string;
  selected: string | undefined;
  today: string;
  dayState: (iso: string) => DayState;
  captionId: string;
  helpId: string;
  onPick: (iso: string) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  gridRef: Ref<HTMLTableElement>;
}

/**
 * One month as an ARIA grid (a table, Sunday first): a button per day, at least a finger
 * wide. Closed and out-of-range days stay in the grid, greyed and struck through (not
 * colour alone) and aria-disabled, so arrow keys still walk past them and a screen reader
 * hears why they cannot be chosen.
 */
export function CalendarGrid(props: GridProps) {
  const t = useFormsT();
  const short = weekdayNames('short');
  const long = weekdayNames('long');
  return (
    <table role="grid" class="date-picker__grid" aria-labelledby={props.captionId} aria-describedby={props.helpId} onKeyDown={props.onKeyDown} ref={props.gridRef}>
      <thead>
        <tr>
          {/* A fragment keeps the UI-ruby hook off a lone weekday letter, which the annotator
              cannot read in isolation (it would put ひ over 日, where a calendar says にち). */}
          {short.map((name, i) => <th key={i} scope="col" abbr={long[i]} class={`date-picker__weekday date-picker__weekday--${i}`}><>{name}</></th>)}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(props.month).map((week, w) => (
          <tr key={w}>
            {week.map((iso, i) => {
              if (iso === null) return <td key={i} class="date-picker__blank" />;
              const state = props.dayState(iso);
              const why = state === 'closed' ? t('date.closedDay') : state === 'out-of-range' ? t('date.outOfRange') : '';
              return (
                <td key={i} aria-selected={iso === props.selected}>
                  <button
                    type="button"
                    class={`date-picker__day date-picker__day--${state} date-picker__weekday--${i}`}
                    data-date={iso}
                    tabIndex={iso === props.focusDay ? 0 : -1}
                    aria-label={why ? `${dayName(iso)}, ${why}` : dayName(iso)}
                    aria-disabled={state === 'open' ? undefined : true}
                    aria-current={iso === props.today ? 'date' : undefined}
                    onClick={() => state === 'open' && props.onPick(iso)}
                  >
                    {Number(iso.slice(8, 10))}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
