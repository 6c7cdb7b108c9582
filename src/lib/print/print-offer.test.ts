import { describe, expect, it } from 'vitest';
import { paperAttribute, printOffer } from './print-offer';

describe('who may print a guide', () => {
  it('a kiosk with an 80 mm receipt printer prints on the roll', () => {
    expect(printOffer('kiosk', '80mm')).toEqual({ print: true, paper: '80mm' });
    expect(paperAttribute(printOffer('kiosk', '80mm'))).toBe('80mm');
  });

  it('a kiosk without a printer offers no print button', () => {
    expect(printOffer('kiosk', undefined)).toEqual({ print: false });
    expect(paperAttribute(printOffer('kiosk', undefined))).toBeUndefined();
  });

  it('a phone always may, and its browser dialog decides the paper', () => {
    expect(printOffer('phone', undefined)).toEqual({ print: true, paper: 'browser' });
    expect(paperAttribute(printOffer('phone', undefined))).toBeUndefined();
  });
});
