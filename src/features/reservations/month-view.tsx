import type { TFunction } from 'i18next';
import type { Availability } from '../../../contract/api/reservations';
import { dayMarks, monthTable, type BookableDays } from './availability-cells';
import { dayLabel } from './day-label';

/**
 * A month of one room: ○ every time free, △ some, × none, － closed, each with its word.
 * Seven columns where the screen is wide enough for the text; one day a row otherwise
 * (the container query is in em, so 200 % text switches to rows too). A day with free
 * times opens its week.
 */
export function MonthView({ availability, month, bookable, onPickDay, t }: {
  availability: Availability; month: string; bookable: BookableDays; onPickDay: (date: string) => void; t: TFunction<'reservations'>;
}) {
  const weeks = monthTable(availability, month, bookable);
  return (
    <div class="resv-month">
      <ol class="resv-month__grid" role="list">
        {weeks.flat().map((day, index) => {
          if (!day) return <li key={`pad-${index}`} class="resv-month__pad" aria-hidden="true" />;
          const body = (
            <>
              <span class="resv-cell__time">{dayLabel(day.date, 'short')}</span>
              <span class="resv-cell__state"><span class="resv-cell__mark" aria-hidden="true">{dayMarks[day.cell]}</span> {t(`cells.${day.cell}`)}</span>
            </>
          );
          return (
            <li key={day.date}>
              {day.cell === 'free' || day.cell === 'some'
                ? <button type="button" class={`resv-cell resv-cell--${day.cell}`} onClick={() => onPickDay(day.date)}>{body}</button>
                : <span class={`resv-cell resv-cell--${day.cell}`}>{body}</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
