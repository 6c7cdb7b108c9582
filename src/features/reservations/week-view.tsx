import type { TFunction } from 'i18next';
import type { Availability, Slot } from '../../../contract/api/reservations';
import { slotKey, slotMarks, weekTable, type BookableDays } from './availability-cells';
import { DayLabel } from './day-label';

/**
 * A week of one room: a block per day, its slot times as large cells that wrap, so they
 * stay readable at 200 % text and on a phone. A free time is a toggle button; a taken or
 * closed one is text. Every cell says its state in words beside ○ × －, never colour alone.
 */
export function WeekView({ availability, offline, bookable, selected, onToggle, t }: {
  availability: Availability; offline: boolean; bookable: BookableDays; selected: readonly Slot[]; onToggle: (slot: Slot) => void; t: TFunction<'reservations'>;
}) {
  const table = weekTable(availability, offline, bookable);
  const chosen = new Set(selected.map(slotKey));
  return (
    <div class="resv-week">
      {table.dates.map((date) => (
        <section key={date} class="resv-day" aria-labelledby={`resv-day-${date}`}>
          <h2 id={`resv-day-${date}`} class="resv-day__title"><DayLabel date={date} /></h2>
          <ul class="resv-slots" role="list">
            {table.times.map(({ start, end }) => {
              const cell = table.cell(date, start);
              const time = `${start}–${end}`;
              const body = (
                <>
                  <span class="resv-cell__time">{time}</span>
                  <span class="resv-cell__state"><span class="resv-cell__mark" aria-hidden="true">{slotMarks[cell]}</span> {t(`cells.${cell}`)}</span>
                </>
              );
              if (cell !== 'free' && cell !== 'unconfirmed') return <li key={start} class={`resv-cell resv-cell--${cell}`}>{body}</li>;
              const on = chosen.has(slotKey({ date, start }));
              return (
                <li key={start}>
                  <button type="button" class={`resv-cell resv-cell--${cell}${on ? ' resv-cell--chosen' : ''}`} data-slot={`${date} ${start}`} aria-pressed={on} onClick={() => onToggle({ date, start })}>
                    {body}
                    {on && <span class="resv-cell__chosen">✓ {t('room.chosenMark')}</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
