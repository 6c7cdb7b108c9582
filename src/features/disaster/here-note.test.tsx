import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { initI18n } from '../../i18n';
import { deviceKind } from '../../config/device';
import { database } from '../../db/database';
import { readSetting } from '../../db/settings';
import { kioskConfig } from '../../runtime/kiosk/kiosk-state';
import type { KioskConfig } from '../../lib/kiosk/config';
import { distanceOrigin, resetDistanceOrigin } from './distance-origin';
import { here } from './here';
import { HereNote } from './here-note';

/** A phone's position in Taira, and how many times the browser was asked for it. */
let asked = 0;
let answer: 'allow' | 'deny' = 'allow';
const taira = { latitude: 37.06, longitude: 140.89 };
Object.defineProperty(navigator, 'geolocation', {
  configurable: true,
  value: {
    getCurrentPosition(success: PositionCallback, failure?: PositionErrorCallback | null) {
      asked++;
      if (answer === 'allow') success({ coords: taira } as GeolocationPosition);
      else failure?.({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: '' } as GeolocationPositionError);
    },
  },
});

/** A reload: the page forgets everything but what the database kept. */
function reload() {
  cleanup();
  resetDistanceOrigin();
}

beforeAll(async () => { await initI18n('ja'); });
beforeEach(async () => {
  asked = 0;
  answer = 'allow';
  deviceKind.value = 'phone';
  await database().settings.clear();
});
afterEach(() => {
  reload();
  deviceKind.value = 'phone';
  kioskConfig.value = undefined;
});

describe('where "nearest" is measured from, on a phone', () => {
  it('says distances are from City Hall and asks once; the answer is kept across a reload, the position is not', async () => {
    render(<HereNote />);
    expect(screen.getByText('距離はいわき市役所から測っています。', { exact: false })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: '現在地から（位置情報を使う）' }));
    await screen.findByText('距離はあなたの現在地から測っています。', { exact: false });
    expect(here.value.kind).toBe('device');
    await waitFor(async () => expect(await readSetting('distanceOrigin')).toBe('device'));
    expect(JSON.stringify(await database().settings.toArray())).not.toContain('37.06');

    reload();
    expect(here.value.kind).toBe('city-hall'); // the position was in memory only
    render(<HereNote />);
    await screen.findByText('距離はあなたの現在地から測っています。', { exact: false });
    expect(screen.queryByRole('group')).toBeNull(); // not asked again
    expect(asked).toBe(2); // the position found again, from the remembered choice
    expect(screen.getByRole('button', { name: '市役所からの距離にする' })).toBeTruthy();
  });

  it('in an emergency the question can sit below the list: the note above it says where from, and asks nothing', async () => {
    const { unmount } = render(<HereNote part="note" />);
    expect(screen.getByText('距離はいわき市役所から測っています。', { exact: false })).toBeTruthy();
    expect(screen.queryByRole('group')).toBeNull();
    unmount();
    render(<HereNote part="ask" />);
    expect(screen.getByRole('group')).toBeTruthy();
    expect(screen.queryByText('距離はいわき市役所から測っています。', { exact: false })).toBeNull();
  });

  it('remembers "from City Hall" and never asks the browser for a position', async () => {
    render(<HereNote />);
    fireEvent.click(await screen.findByRole('button', { name: 'いわき市役所から' }));
    await waitFor(async () => expect(await readSetting('distanceOrigin')).toBe('city-hall'));
    reload();
    render(<HereNote />);
    await waitFor(() => expect(distanceOrigin.value).toBe('city-hall'));
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.getByRole('button', { name: '現在地を使う' })).toBeTruthy();
    expect(asked).toBe(0);
  });

  it('keeps a refused permission as City Hall, and says why', async () => {
    answer = 'deny';
    render(<HereNote />);
    fireEvent.click(await screen.findByRole('button', { name: '現在地から（位置情報を使う）' }));
    await screen.findByText('位置情報の利用が許可されませんでした', { exact: false });
    await waitFor(async () => expect(await readSetting('distanceOrigin')).toBe('city-hall'));
  });
});

describe('on a kiosk', () => {
  it('measures from the terminal’s own place, asks nothing and stores nothing', async () => {
    deviceKind.value = 'kiosk';
    kioskConfig.value = { location: { lat: 36.94835, lng: 140.90388, label: '小名浜支所' } } as KioskConfig;
    render(<HereNote />);
    expect(screen.getByText('距離は 小名浜支所（この端末がある場所）から測っています。', { exact: false })).toBeTruthy();
    expect(screen.queryAllByRole('button')).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await database().settings.toArray()).toEqual([]);
    expect(asked).toBe(0);
  });
});
