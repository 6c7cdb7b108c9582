import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { initI18n } from '../../../i18n';
import { deviceKind } from '../../../config/device';
import { onahamaSites } from '../test/fixtures';
import { SiteDetail } from './site-detail';
import { SiteMapLinks } from './site-map-links';
import { kioskConfig } from '../../../runtime/kiosk/kiosk-state';
import type { KioskConfig } from '../../../lib/kiosk/config';

const misaki = onahamaSites[2]!;

beforeAll(async () => { await initI18n('ja'); });
afterEach(() => { cleanup(); deviceKind.value = 'phone'; kioskConfig.value = undefined; });

describe('taking a site with you', () => {
  it('a phone gets tappable links to its own map app, not QR codes to scan with itself', () => {
    render(<SiteDetail site={misaki} hazard="tsunami" />);
    expect(screen.queryByText('スマートフォンで開く')).toBeNull();
    expect(document.querySelector('.qr-code')).toBeNull();
    const geo = screen.getByRole('link', { name: '地図アプリで開く' });
    expect(geo.getAttribute('href')).toBe(`geo:${misaki.lat},${misaki.lng}?q=${misaki.lat},${misaki.lng}(${encodeURIComponent('三崎公園')})`);
    expect(screen.getByRole('link', { name: 'Google マップで歩く道順' }).getAttribute('href')).toContain(`destination=${misaki.lat},${misaki.lng}`);
    expect(screen.getByRole('link', { name: 'Apple マップで歩く道順' }).getAttribute('href')).toContain(`daddr=${misaki.lat},${misaki.lng}`);
  });

  it('an iPhone is offered Apple Maps before Google Maps', () => {
    render(<SiteMapLinks point={misaki} name="三崎公園" userAgent="Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)" />);
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['地図アプリで開く', 'Apple マップで歩く道順', 'Google マップで歩く道順']);
  });

  it('a kiosk with no printer (printer: false) offers no print button; one with a printer does', () => {
    deviceKind.value = 'kiosk';
    kioskConfig.value = { printer: false } as KioskConfig;
    render(<SiteDetail site={misaki} hazard="tsunami" />);
    expect(screen.queryByRole('button', { name: '印刷する' })).toBeNull();
    cleanup();
    kioskConfig.value = { printer: { paper: 'A4' } } as KioskConfig;
    render(<SiteDetail site={misaki} hazard="tsunami" />);
    expect(screen.getByRole('button', { name: '印刷する' })).toBeTruthy();
  });

  it('a kiosk keeps the QR codes: it cannot walk with you', () => {
    deviceKind.value = 'kiosk';
    render(<SiteDetail site={misaki} hazard="tsunami" />);
    expect(screen.getByText('スマートフォンで開く')).toBeTruthy();
    expect(document.querySelectorAll('.qr-code').length).toBe(2);
    expect(screen.queryByRole('link', { name: '地図アプリで開く' })).toBeNull();
  });
});
