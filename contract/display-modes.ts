/** The display-mode vocabulary, free of DOM code so any runtime (service worker, tests) can import it. */
export const textSizes = [0, 1, 2] as const;
export type TextSize = (typeof textSizes)[number];
export const themes = ['default', 'high-contrast', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** Read-aloud speed: a choice of three words, not a slider, so it is one touch on a kiosk. */
export const speechRates = ['slow', 'normal', 'fast'] as const;
export type SpeechRate = (typeof speechRates)[number];

export interface DisplayModes {
  textSize: TextSize;
  theme: Theme;
  furigana: boolean;
  speechRate: SpeechRate;
}

export const defaultDisplayModes: DisplayModes = { textSize: 0, theme: 'default', furigana: false, speechRate: 'normal' };

