import { describe, expect, it } from 'vitest';
import table from './iwaki-postal.json';
import { lookupPostal } from './postal';

describe('postal code → address in Iwaki', () => {
  it('fills the town of a code, however it is typed', () => {
    for (const code of ['970-0101', '9700101', '９７０ー０１０１', '〒970-0101']) {
      expect(lookupPostal(code), code).toEqual({ town: '平下神谷', candidates: ['平下神谷'], address: '福島県いわき市平下神谷' });
    }
  });

  it('fills just the city for the code that covers the whole city', () => {
    expect(lookupPostal('970-0000')).toEqual({ town: '', candidates: [''], address: '福島県いわき市' });
  });

  it('fills what towns sharing a code have in common and offers each', () => {
    expect(lookupPostal('970-0222')).toEqual({ town: '平沼ノ内', candidates: ['平沼ノ内', '平沼ノ内諏訪原'], address: '福島県いわき市平沼ノ内' });
    expect(lookupPostal('971-8164')?.town).toBe('小名浜');
  });

  it('knows nothing outside Iwaki and nothing of malformed codes', () => {
    expect(lookupPostal('100-0001')).toBeUndefined();
    expect(lookupPostal('975-0001')).toBeUndefined(); // 南相馬市
    expect(lookupPostal('970-01')).toBeUndefined();
    expect(lookupPostal('')).toBeUndefined();
  });

  it('ships a small table of Iwaki codes only', () => {
    const codes = Object.keys(table);
    expect(codes.length).toBeGreaterThan(200);
    expect(codes.every((c) => /^97[0-9]\d{4}$/.test(c))).toBe(true);
    expect(new TextEncoder().encode(JSON.stringify(table)).length).toBeLessThan(16_000);
  });
});
