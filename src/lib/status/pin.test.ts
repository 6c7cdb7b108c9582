import { describe, expect, it } from 'vitest';
import { formatPin, normalisePin, normaliseReceiptNumber, PIN_DIGITS } from '../../../contract/status';
import { hashPin, makePin } from './pin';

describe('status PINs', () => {
  it('are ten digits, each digit equally likely (bytes 250–255 are thrown away, not folded onto 0–5)', () => {
    expect(makePin()).toMatch(/^\d{10}$/);
    // A source that always says 255 then 3: only the 3s count.
    let call = 0;
    const pin = makePin((bytes) => bytes.fill(call++ === 0 ? 255 : 3));
    expect(pin).toBe('3'.repeat(PIN_DIGITS));
  });

  it('do not repeat: a thousand PINs are a thousand different ones', () => {
    expect(new Set(Array.from({ length: 1000 }, () => makePin())).size).toBe(1000);
  });

  it('hash as the server hashes them (contract/status.ts): sha256 of the salted text', async () => {
    // sha256("madoguchi-status-pin/1\nid\n0123456789"), computed with Node's crypto.
    expect(await hashPin('id', '0123456789')).toBe('81c3f6c5b04fb43abdeb361ceb1a0c0b8be3ff428055de8b4e73c3754247853d');
    expect(await hashPin('a', '0123456789')).not.toBe(await hashPin('b', '0123456789'));
  });

  it('are read back however the citizen typed them', () => {
    expect(formatPin('0123456789')).toBe('01234-56789');
    expect(normalisePin('０１２３４－５６７８９')).toBe('0123456789');
    expect(normalisePin('01234 56789')).toBe('0123456789');
    expect(normaliseReceiptNumber('iw-2026-000123')).toBe('IW-2026-000123');
    expect(normaliseReceiptNumber('2026000123')).toBe('IW-2026-000123');
    expect(normaliseReceiptNumber('２０２６－０００１２３')).toBe('IW-2026-000123');
  });
});
