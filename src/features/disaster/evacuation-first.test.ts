import { describe, expect, it } from 'vitest';
import type { Notice } from '../../runtime/notices/notices';
import { appStartRedirect, attractTouchTarget, evacuationFirst } from './evacuation-first';

const expiresAt = new Date(Date.now() + 3600_000).toISOString();
const tsunami: Notice = { id: 'pack:tsunami', severity: 'emergency', hazard: 'tsunami', message: { ja: '津波警報' }, expiresAt };
const staffOrder: Notice = { id: 'staff-1', severity: 'emergency', message: { ja: '避難指示' }, expiresAt };
const info: Notice = { id: 'info', severity: 'info', message: { ja: '窓口の時間変更' }, expiresAt };
const none = new Set<string>();
const phoneAtHome = { device: 'phone', path: '/', navigated: false } as const;

describe('disaster mode opens the evacuation view first', () => {
  it('a touch on the attract loop during a tsunami warning opens the evacuation view', () => {
    expect(attractTouchTarget([tsunami, info])).toBe('/disaster');
  });

  it('with no emergency in force, a touch opens home and an info notice changes nothing', () => {
    expect(attractTouchTarget([])).toBe('/');
    expect(attractTouchTarget([info])).toBe('/');
  });

  it('a notice that already opened the view does not send the citizen there again', () => {
    expect(evacuationFirst([tsunami], new Set(['pack:tsunami']))).toBeUndefined();
  });

  it('a new emergency notice does, and marks every emergency in force as seen', () => {
    expect(evacuationFirst([tsunami, staffOrder], new Set(['pack:tsunami'])))
      .toEqual({ href: '/disaster', seen: ['pack:tsunami', 'staff-1'] });
  });

  it('a staff notice without a hazard still opens the view (the citizen picks the hazard)', () => {
    expect(evacuationFirst([staffOrder], none)?.href).toBe('/disaster');
  });

  it('a phone opened at "/" goes to the evacuation view', () => {
    expect(appStartRedirect(phoneAtHome, [tsunami], none)?.href).toBe('/disaster');
  });

  it('a phone that went home on purpose stays home', () => {
    expect(appStartRedirect({ ...phoneAtHome, navigated: true }, [tsunami], none)).toBeUndefined();
    expect(appStartRedirect(phoneAtHome, [tsunami], new Set(['pack:tsunami']))).toBeUndefined();
  });

  it('a phone opened on another screen (a QR link to a form) is left there', () => {
    expect(appStartRedirect({ ...phoneAtHome, path: '/f/moving-in' }, [tsunami], none)).toBeUndefined();
  });

  it('a kiosk starts its sessions from the attract loop, never from "/"', () => {
    expect(appStartRedirect({ ...phoneAtHome, device: 'kiosk' }, [tsunami], none)).toBeUndefined();
  });
});
