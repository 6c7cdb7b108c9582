import { afterEach, describe, expect, it } from 'vitest';
import {
  bindDisplayModes, displayModes, parseDisplayModes, resetDisplayModes, updateDisplayModes,
} from './display-modes';

afterEach(() => resetDisplayModes());

describe('display modes', () => {
  it('apply text size, theme and furigana to <html> as soon as they change', () => {
    const dispose = bindDisplayModes();
    const root = document.documentElement;
    expect(root.style.getPropertyValue('--mdg-text-scale')).toBe('1');
    updateDisplayModes({ textSize: 2, theme: 'high-contrast', furigana: true });
    expect(root.style.getPropertyValue('--mdg-text-scale')).toBe('2');
    expect(root.dataset.theme).toBe('high-contrast');
    expect(root.dataset.furigana).toBe('on');
    dispose();
  });

  it('combine: changing one mode keeps the others', () => {
    updateDisplayModes({ theme: 'dark' });
    updateDisplayModes({ textSize: 1 });
    expect(displayModes.value).toEqual({ textSize: 1, theme: 'dark', furigana: false, speechRate: 'normal' });
  });

  it('reset to the given defaults (a kiosk resets to its own configuration)', () => {
    updateDisplayModes({ theme: 'dark', textSize: 2 });
    updateDisplayModes({ speechRate: 'slow' });
    resetDisplayModes({ textSize: 1, theme: 'default', furigana: true });
    expect(displayModes.value).toEqual({ textSize: 1, theme: 'default', furigana: true, speechRate: 'normal' });
  });

  it('ignore corrupt stored values instead of breaking the page', () => {
    expect(parseDisplayModes({ textSize: 7, theme: 'neon', furigana: 'yes', speechRate: 9 })).toEqual({
      textSize: 0, theme: 'default', furigana: false, speechRate: 'normal',
    });
    expect(parseDisplayModes(null)).toEqual({ textSize: 0, theme: 'default', furigana: false, speechRate: 'normal' });
    expect(parseDisplayModes({ textSize: 2, theme: 'dark', furigana: true, speechRate: 'fast' })).toEqual({
      textSize: 2, theme: 'dark', furigana: true, speechRate: 'fast',
    });
  });
});
