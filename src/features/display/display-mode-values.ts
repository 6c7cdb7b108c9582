/** The display-mode vocabulary, free of DOM code so any runtime (service worker, tests) can import it. */
export const textSizes = [0, 1, 2] as const;
export type TextSize = (typeof textSizes)[number];
export const themes = ['default', 'high-contrast', 'dark'] as const;
export type Theme = (typeof themes)[number];

export interface DisplayModes {
  textSize: TextSize;
  theme: Theme;
  furigana: boolean;
}

export const defaultDisplayModes: DisplayModes = { textSize: 0, theme: 'default', furigana: false };

