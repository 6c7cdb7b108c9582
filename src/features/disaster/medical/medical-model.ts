import type { Aed, HolidayDuty, MedicalFacility } from '../../../lib/content/pack-types';
import { createSiteIndex, directionTo, type Direction, type LatLng } from '../../../lib/geo';
import { openState, toJst } from '../../../lib/hours/open-now';
import { formatDistance } from '../site-rows';

/** How many clinics and AEDs the screen lists. */
export const medicalListLength = 10;

export interface PlaceRow<T> extends Direction {
  item: T;
  distance: string;
}

/** Today's date on the city's calendar ("2026-11-29"), whatever the device's time zone. */
export function japanDate(now: Date): string {
  const { year, month, day } = toJst(now);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface DutyEntry {
  duty: HolidayDuty;
  /** Undefined when the rota names a facility the pack does not have (the entry is still shown). */
  facility: MedicalFacility | undefined;
}

/** 休日当番医 for today, in the rota's order. */
export function dutyToday(rota: readonly HolidayDuty[], facilities: readonly MedicalFacility[], now: Date): DutyEntry[] {
  const today = japanDate(now);
  return rota.filter((d) => d.date === today).map((duty) => ({ duty, facility: facilities.find((f) => f.id === duty.facility) }));
}

function rowsFrom<T extends LatLng>(items: readonly T[], here: LatLng, locale: string, k: number, accept?: (item: T) => boolean): PlaceRow<T>[] {
  return createSiteIndex(items).nearest(here, k, accept).map(({ site }) => {
    const direction = directionTo(here, site);
    return { item: site, ...direction, distance: formatDistance(direction.meters, locale) };
  });
}

/** The nearest hospitals and clinics open at `now` (weekly hours, national holidays, year-end closure). */
export function nearestOpenFacilities(facilities: readonly MedicalFacility[], here: LatLng, now: Date, locale: string, k = medicalListLength): PlaceRow<MedicalFacility>[] {
  return rowsFrom(facilities, here, locale, k, (f) => openState(f.hours, now).open);
}

/** The nearest AEDs, open or not: the card says whether its building is open now. */
export function nearestAeds(aeds: readonly Aed[], here: LatLng, locale: string, k = medicalListLength): PlaceRow<Aed>[] {
  return rowsFrom(aeds, here, locale, k);
}
