import { describe, expect, it } from 'vitest';
import { accentsFor, addAccent, type AccentName } from './accents';

const typeWith = (letter: string, ...accents: AccentName[]) => accents.reduce(addAccent, letter);

describe('accent keys', () => {
  it('type every Vietnamese vowel with its mark and tone, stacked in either order', () => {
    expect(typeWith('e', 'circumflex', 'acute')).toBe('ế');
    expect(typeWith('u', 'horn', 'dotBelow')).toBe('ự');
    expect(typeWith('a', 'breve', 'tilde')).toBe('ẵ');
    expect(typeWith('O', 'horn', 'grave')).toBe('Ờ');
    expect(typeWith('i', 'hookAbove')).toBe('ỉ');
    expect('phiếu cư trú'.normalize('NFC')).toBe(['p', 'h', 'i', typeWith('e', 'circumflex', 'acute'), 'u', ' ', 'c', typeWith('u', 'horn'), ' ', 't', 'r', typeWith('u', 'acute')].join(''));
  });

  it('type Portuguese and Spanish letters', () => {
    expect(typeWith('c', 'cedilla')).toBe('ç');
    expect(typeWith('a', 'tilde')).toBe('ã');
    expect(typeWith('n', 'tilde')).toBe('ñ');
    expect(typeWith('u', 'diaeresis')).toBe('ü');
  });

  it('leave a letter alone when no single character has that mark, and never mark a space or digit', () => {
    expect(addAccent('x', 'circumflex')).toBe('x');
    expect(addAccent(' ', 'acute')).toBe(' ');
    expect(addAccent('1', 'acute')).toBe('1');
    expect(addAccent('', 'acute')).toBe('');
  });

  it('offer each language its own marks, and none to a language that needs none', () => {
    expect(accentsFor('vi')).toHaveLength(8);
    expect(accentsFor('pt')).toContain('cedilla');
    expect(accentsFor('en')).toEqual([]);
    expect(accentsFor('ja')).toEqual([]);
  });
});
