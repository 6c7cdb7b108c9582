import { afterEach, describe, expect, it } from 'vitest';
import { cityHall, devicePosition, locate, resolveHere } from './here';

afterEach(() => { devicePosition.value = undefined; });

function fakeGeolocation(result: { lat: number; lng: number } | { code: number }): Geolocation {
  return {
    getCurrentPosition(success: PositionCallback, failure?: PositionErrorCallback | null) {
      if ('code' in result) failure?.({ code: result.code, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: '' } as GeolocationPositionError);
      else success({ coords: { latitude: result.lat, longitude: result.lng } } as GeolocationPosition);
    },
  } as Geolocation;
}

describe('where distances are measured from', () => {
  it("prefers the kiosk's configured place, then the phone's position, then city hall", () => {
    const kiosk = { lat: 36.94835, lng: 140.90388, label: '小名浜支所' };
    const phone = { lat: 37.0, lng: 140.9 };
    expect(resolveHere(kiosk, phone)).toEqual({ kind: 'kiosk', point: { lat: 36.94835, lng: 140.90388 }, label: '小名浜支所' });
    expect(resolveHere(undefined, phone)).toEqual({ kind: 'device', point: phone });
    expect(resolveHere(undefined, undefined)).toEqual({ kind: 'city-hall', point: cityHall });
  });

  it('keeps a position inside Iwaki, in memory only', async () => {
    expect(await locate(fakeGeolocation({ lat: 36.95, lng: 140.9 }))).toBeUndefined();
    expect(devicePosition.value).toEqual({ lat: 36.95, lng: 140.9 });
  });

  it('refuses a position outside the city and says why when there is none', async () => {
    expect(await locate(fakeGeolocation({ lat: 35.68, lng: 139.76 }))).toBe('outside-city');
    expect(devicePosition.value).toBeUndefined();
    expect(await locate(fakeGeolocation({ code: 1 }))).toBe('denied');
    expect(await locate(fakeGeolocation({ code: 3 }))).toBe('timeout');
    expect(await locate(fakeGeolocation({ code: 2 }))).toBe('unavailable');
    expect(await locate(undefined)).toBe('unsupported');
  });
});
