import { describe, expect, it } from 'vitest';
import type { Aed, HolidayDuty, MedicalFacility, OpeningHours } from '../../../lib/content/pack-types';
import { dutyToday, japanDate, nearestAeds, nearestOpenFacilities } from './medical-model';

const here = { lat: 36.94835, lng: 140.90388 };
const weekdays: OpeningHours = { days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00', holidays: false, note: '' };
const always: OpeningHours = { days: [0, 1, 2, 3, 4, 5, 6], open: '00:00', close: '24:00', holidays: true, note: '' };
const sundays: OpeningHours = { days: [0], open: '09:00', close: '17:00', holidays: true, note: '' };

function clinic(id: string, lat: number, hours: OpeningHours): MedicalFacility {
  return {
    id, name: id, address: '', lat, lng: 140.90388, departments: ['内科'], phone: '0246-00-0000', hours,
    accessibility: { wheelchair: true, accessibleToilet: null, parking: null }, note: '',
  };
}
const clinics = [clinic('near-weekday', 36.949, weekdays), clinic('far-hospital', 36.99, always), clinic('sunday-clinic', 36.96, sundays)];

describe('medical help near here', () => {
  it('takes today on the Japan calendar, even late at night UTC', () => {
    expect(japanDate(new Date('2026-11-28T15:30:00Z'))).toBe('2026-11-29');
    expect(japanDate(new Date('2026-11-28T14:59:00Z'))).toBe('2026-11-28');
  });

  it("lists today's holiday-duty doctors with their facility, and nothing on other days", () => {
    const rota: HolidayDuty[] = [
      { date: '2026-11-29', facility: 'sunday-clinic', hours: '09:00-17:00', department: '内科' },
      { date: '2026-11-29', facility: 'gone', hours: '09:00-12:00', department: '歯科' },
      { date: '2026-12-06', facility: 'far-hospital', hours: '09:00-17:00', department: '小児科' },
    ];
    const sunday = new Date('2026-11-29T01:00:00Z');
    expect(dutyToday(rota, clinics, sunday).map((d) => [d.duty.department, d.facility?.id])).toEqual([['内科', 'sunday-clinic'], ['歯科', undefined]]);
    expect(dutyToday(rota, clinics, new Date('2026-11-30T01:00:00Z'))).toEqual([]);
  });

  it('offers only places open now, nearest first', () => {
    const mondayMorning = new Date('2026-11-30T01:00:00Z'); // 10:00 JST
    expect(nearestOpenFacilities(clinics, here, mondayMorning, 'ja').map((r) => r.item.id)).toEqual(['near-weekday', 'far-hospital']);
    const sundayMorning = new Date('2026-11-29T01:00:00Z');
    expect(nearestOpenFacilities(clinics, here, sundayMorning, 'ja').map((r) => r.item.id)).toEqual(['sunday-clinic', 'far-hospital']);
    // 勤労感謝の日 (Mon 23 Nov 2026): the weekday clinic is closed for the holiday.
    const holiday = new Date('2026-11-23T01:00:00Z');
    expect(nearestOpenFacilities(clinics, here, holiday, 'ja').map((r) => r.item.id)).toEqual(['far-hospital']);
  });

  it('lists AEDs by distance with the distance text', () => {
    const aed = (id: string, lat: number): Aed => ({ id, name: id, address: '', lat, lng: 140.90388, placement: '1階', hours: always, phone: '', note: '' });
    const rows = nearestAeds([aed('b', 36.96), aed('a', 36.9493)], here, 'ja');
    expect(rows.map((r) => [r.item.id, r.distance])).toEqual([['a', '110 m'], ['b', '1.3 km']]);
  });
});
