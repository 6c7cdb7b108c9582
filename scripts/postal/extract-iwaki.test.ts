// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildIwakiPostal, tablePath } from './build-iwaki-postal.ts';
import { extractIwakiPostal, serializePostalTable } from './extract-iwaki.ts';

describe('extracting Iwaki postal codes', () => {
  it('takes the city from the five-digit row and the towns from the seven-digit row', () => {
    const zip5 = { '97000': 7204, '97001': 7204, '97002': 7204, '97500': 7212 };
    const zip7 = { '9700000': [7204, ''], '9700101': '平下神谷', '9700222': ['平沼ノ内', '平沼ノ内諏訪原'], '9750001': '原町区' };
    expect(extractIwakiPostal(zip5, zip7)).toEqual({ '9700000': '', '9700101': '平下神谷', '9700222': ['平沼ノ内', '平沼ノ内諏訪原'] });
  });

  it('keeps only the Iwaki towns of a code shared with another city', () => {
    expect(extractIwakiPostal({}, { '9790201': [7204, '久之浜町', 7547, '広野町'] })).toEqual({ '9790201': '久之浜町' });
  });

  it('ignores codes outside 970–979 even when they name the same city', () => {
    expect(extractIwakiPostal({}, { '1000001': [7204, '千代田'] })).toEqual({});
  });

  it('stops when the master format hides codes in a five-digit row', () => {
    expect(() => extractIwakiPostal({ '97099': [7204, '平'] }, {})).toThrow(/format changed/);
  });

  it('writes one code per line', () => {
    expect(serializePostalTable({ '9700101': 'a', '9700000': '' })).toBe('{\n"9700000":"",\n"9700101":"a"\n}\n');
  });

  it('matches the committed table (regenerate with npx tsx scripts/postal/build-iwaki-postal.ts)', async () => {
    expect(await readFile(tablePath, 'utf8')).toBe(await buildIwakiPostal());
  });
});
