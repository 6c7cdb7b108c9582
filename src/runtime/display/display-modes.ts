import { computed, effect, signal } from '@preact/signals';

/**
 * Display modes, all combinable and switchable from every screen. One module owns
 * them; the page reads them only through CSS custom properties and data attributes
 * on <html>, so every component follows without knowing about them.
 */
import {
  defaultDisplayModes, speechRates, textSizes, themes, type DisplayModes, type SpeechRate, type TextSize, type Theme,
} from '../../../contract/display-modes';

export { defaultDisplayModes, speechRates, textSizes, themes };
export type { DisplayModes, SpeechRate, TextSize, Theme };

/** 100 %, 150 %, 200 %: WCAG 1.4.4 asks for 200 % without loss of content. */
const textScale: Record<TextSize, number> = { 0: 1, 1: 1.5, 2: 2 };

export const displayModes = signal<DisplayModes>({ ...defaultDisplayModes });
export const isDefaultDisplay = computed(() => {
  const m = displayModes.value;
  return m.textSize === 0 && m.theme === 'default' && !m.furigana && m.speechRate === 'normal';
});

export function updateDisplayModes(change: Partial<DisplayModes>): void {
  displayModes.value = { ...displayModes.value, ...change };
}

/** A kiosk's configured defaults predate the speech rate: whatever they omit comes from the app's defaults. */
export function resetDisplayModes(defaults: Partial<DisplayModes> = defaultDisplayModes): void {
  displayModes.value = parseDisplayModes(defaults);
}

/** Accepts only well-formed stored values, so a corrupt setting can never break the page. */
export function parseDisplayModes(value: unknown): DisplayModes {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    textSize: textSizes.includes(v.textSize as TextSize) ? (v.textSize as TextSize) : defaultDisplayModes.textSize,
    theme: themes.includes(v.theme as Theme) ? (v.theme as Theme) : defaultDisplayModes.theme,
    furigana: typeof v.furigana === 'boolean' ? v.furigana : defaultDisplayModes.furigana,
    speechRate: speechRates.includes(v.speechRate as SpeechRate) ? (v.speechRate as SpeechRate) : defaultDisplayModes.speechRate,
  };
}

export function applyDisplayModes(root: HTMLElement, modes: DisplayModes): void {
  root.style.setProperty('--mdg-text-scale', String(textScale[modes.textSize]));
  root.dataset.textSize = String(modes.textSize);
  root.dataset.theme = modes.theme;
  root.dataset.furigana = modes.furigana ? 'on' : 'off';
  const themeColor = document.querySelector('meta[name="theme-color"]');
  themeColor?.setAttribute('content', modes.theme === 'default' ? '#00118f' : '#000000');
}

/** Keeps <html> in step with the signal; returns the disposer. */
export function bindDisplayModes(root: HTMLElement = document.documentElement): () => void {
  return effect(() => applyDisplayModes(root, displayModes.value));
}
