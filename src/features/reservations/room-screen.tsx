import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Availability as AvailabilityData, Room, Slot } from '../../../contract/api/reservations';
import { currentLanguage, useNamespaceT, useT } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import { addDaysTo, daysInMonth, isoOf, shiftMonth, yearMonthOf } from '../../lib/forms/calendar-month';
import { Page } from '../../ui/page';
import { AsOf } from './as-of';
import { toggleSlot } from './availability-cells';
import { DayLabel } from './day-label';
import { MonthView } from './month-view';
import { fetchAvailability, fetchRooms } from './reservations-api';
import { RequestForm } from './request-form';
import { tokyoToday } from './room-name';
import { RoomTitle } from './room-title';
import { useFetched, type FetchState } from './use-fetched';
import { WeekView } from './week-view';
import './reservations.css';

type View = { kind: 'week'; from: string } | { kind: 'month'; month: string };

/**
 * /reservations/<room> — a room's availability by week or month, the citizen's choice of
 * free times (at most the room's maximum per request), then name and phone: the request
 * goes through the outbox, so it is queued offline and held when it reaches the server.
 */
export default function RoomScreen({ roomId }: { roomId: string }) {
  const t = useT();
  const tr = useNamespaceT('reservations');
  const rooms = useFetched('rooms', fetchRooms);
  const today = tokyoToday();
  const [view, setView] = useState<View>({ kind: 'week', from: today });
  const [selected, setSelected] = useState<Slot[]>([]);
  const [tooMany, setTooMany] = useState(false);
  const [step, setStep] = useState<'choose' | 'details'>('choose');
  const room = rooms.kind === 'ready' ? rooms.data.find((r) => r.id === roomId) : undefined;
  if (!tr || rooms.kind === 'loading') return <Page title={t('content.loading')}><p role="status">{t('content.loading')}</p></Page>;
  if (!room) {
    return (
      <Page title={tr('rooms.title')}>
        <p class="notice" role="alert">{rooms.kind === 'unavailable' ? tr('rooms.unavailable') : tr('room.notFound')}</p>
        <a class="button" href="/reservations">{tr('rooms.all')}</a>
      </Page>
    );
  }
  const title = <RoomTitle room={room} />;
  if (step === 'details') return <RequestForm room={room} title={title} slots={selected} onBack={() => setStep('choose')} />;

  function toggle(slot: Slot) {
    const next = toggleSlot(selected, slot, room!.maxSlotsPerRequest);
    setSelected(next.selected);
    setTooMany(next.refused);
  }
  return (
    <Page title={title}>
      <p>{tr('room.rules', { max: room.maxSlotsPerRequest, days: room.bookAheadDays })}</p>
      <div class="cluster resv-views" role="group" aria-label={tr('room.views')}>
        <button type="button" class="button" aria-pressed={view.kind === 'week'} onClick={() => setView({ kind: 'week', from: view.kind === 'month' && view.month > today ? view.month : today })}>{tr('room.week')}</button>
        <button type="button" class="button" aria-pressed={view.kind === 'month'} onClick={() => setView({ kind: 'month', month: `${(view.kind === 'week' ? view.from : today).slice(0, 7)}-01` })}>{tr('room.month')}</button>
      </div>
      {view.kind === 'week'
        ? <Week room={room} from={view.from} today={today} onMove={(from) => setView({ kind: 'week', from })} selected={selected} onToggle={toggle} />
        : <Month room={room} month={view.month} today={today} onMove={(month) => setView({ kind: 'month', month })} onPickDay={(from) => setView({ kind: 'week', from })} />}
      <section class="resv-chosen" aria-labelledby="resv-chosen-title" aria-live="polite">
        <h2 id="resv-chosen-title">{tr('room.chosen', { count: selected.length, max: room.maxSlotsPerRequest })}</h2>
        {tooMany && <p class="notice" role="alert">{tr('room.tooMany', { max: room.maxSlotsPerRequest })}</p>}
        {selected.length === 0 ? <p>{tr('room.noneChosen')}</p> : (
          <ul class="resv-chosen__list" role="list">
            {selected.map((slot) => (
              <li key={`${slot.date} ${slot.start}`}>
                <DayLabel date={slot.date} /> {slot.start}
                <button type="button" class="button resv-chosen__remove" onClick={() => toggle(slot)}>{tr('room.remove')}</button>
              </li>
            ))}
          </ul>
        )}
        <button type="button" class="button button--primary" disabled={selected.length === 0} onClick={() => setStep('details')}>{tr('room.next')}</button>
      </section>
    </Page>
  );
}

function Week({ room, from, today, onMove, selected, onToggle }: { room: Room; from: string; today: string; onMove: (from: string) => void; selected: Slot[]; onToggle: (slot: Slot) => void }) {
  const tr = useNamespaceT('reservations')!;
  const state = useFetched(`${room.id} ${from} 7`, () => fetchAvailability(room.id, from, 7));
  const last = addDaysTo(today, room.bookAheadDays);
  return (
    <>
      <div class="cluster resv-nav">
        <button type="button" class="button" disabled={from <= today} onClick={() => onMove(maxDate(today, addDaysTo(from, -7)))}>{tr('room.prevWeek')}</button>
        <button type="button" class="button" disabled={addDaysTo(from, 7) > last} onClick={() => onMove(addDaysTo(from, 7))}>{tr('room.nextWeek')}</button>
      </div>
      <Availability state={state}>
        {(data, offline) => <WeekView availability={data} offline={offline} bookable={{ today, last }} selected={selected} onToggle={onToggle} t={tr} />}
      </Availability>
    </>
  );
}

function Month({ room, month, today, onMove, onPickDay }: { room: Room; month: string; today: string; onMove: (month: string) => void; onPickDay: (date: string) => void }) {
  const tr = useNamespaceT('reservations')!;
  const ym = yearMonthOf(month);
  const days = daysInMonth(ym);
  const state = useFetched(`${room.id} ${month} ${days}`, () => fetchAvailability(room.id, month, days));
  const prev = shiftMonth(ym, -1);
  const next = shiftMonth(ym, 1);
  const last = addDaysTo(today, room.bookAheadDays);
  const heading = new Intl.DateTimeFormat(languageInfo(currentLanguage.value).htmlLang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${month}T00:00:00Z`));
  return (
    <>
      <h2 class="resv-month__title">{heading}</h2>
      <div class="cluster resv-nav">
        <button type="button" class="button" disabled={month <= today} onClick={() => onMove(isoOf(prev.year, prev.month, 1))}>{tr('room.prevMonth')}</button>
        <button type="button" class="button" disabled={isoOf(next.year, next.month, 1) > last} onClick={() => onMove(isoOf(next.year, next.month, 1))}>{tr('room.nextMonth')}</button>
      </div>
      <Availability state={state}>
        {(data) => <MonthView availability={data} month={month} bookable={{ today, last }} onPickDay={onPickDay} t={tr} />}
      </Availability>
    </>
  );
}

function Availability({ state, children }: { state: FetchState<AvailabilityData>; children: (data: AvailabilityData, offline: boolean) => ComponentChildren }) {
  const t = useT();
  const tr = useNamespaceT('reservations')!;
  if (state.kind === 'loading') return <p role="status">{t('content.loading')}</p>;
  if (state.kind === 'unavailable') return <p class="notice" role="alert">{tr('room.unavailable')}</p>;
  return (
    <>
      <AsOf asOf={state.asOf} offline={state.offline} t={tr} />
      {children(state.data, state.offline)}
    </>
  );
}

const maxDate = (a: string, b: string) => (a > b ? a : b);
