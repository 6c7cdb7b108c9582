import { isLanguageCode, type LanguageCode } from '../../../contract/languages';
import { defaultDisplayModes, speechRates, textSizes, themes, type DisplayModes } from '../../../contract/display-modes';

/**
 * The kiosk's "continue on your phone" link carries how the citizen was reading, so the
 * phone opens the same page the same way: their language and the display modes that
 * differ from the defaults. Nothing the citizen typed ever goes into it.
 *   /guides/x?lang=vi&text=2&theme=dark&furigana=on&speech=slow
 */
export interface Handoff { language: LanguageCode; modes: Partial<DisplayModes> }

const keys = ['lang', 'text', 'theme', 'furigana', 'speech'] as const;

export function handoffUrl(origin: string, path: string, handoff: { language: LanguageCode; modes: DisplayModes }): string {
  const query = new URLSearchParams({ lang: handoff.language });
  const { textSize, theme, furigana, speechRate } = handoff.modes;
  if (textSize !== defaultDisplayModes.textSize) query.set('text', String(textSize));
  if (theme !== defaultDisplayModes.theme) query.set('theme', theme);
  if (furigana !== defaultDisplayModes.furigana) query.set('furigana', furigana ? 'on' : 'off');
  if (speechRate !== defaultDisplayModes.speechRate) query.set('speech', speechRate);
  return `${origin}${path}?${query.toString()}`;
}

/** Whether an address may be a handoff: the cheap test before loading this module. */
export function mayBeHandoff(url: URL): boolean {
  return url.searchParams.has('lang');
}

/**
 * The language and modes of a handoff link, each value checked (a link is typed input);
 * undefined when it names no language we have. A wrong mode is left out, not guessed.
 */
export function readHandoff(url: URL): Handoff | undefined {
  const q = url.searchParams;
  const language = q.get('lang');
  if (!isLanguageCode(language)) return undefined;
  const modes: Partial<DisplayModes> = {};
  const text = textSizes.find((size) => String(size) === q.get('text'));
  if (text !== undefined) modes.textSize = text;
  const theme = themes.find((t) => t === q.get('theme'));
  if (theme) modes.theme = theme;
  const furigana = q.get('furigana');
  if (furigana === 'on' || furigana === 'off') modes.furigana = furigana === 'on';
  const speech = speechRates.find((rate) => rate === q.get('speech'));
  if (speech) modes.speechRate = speech;
  return { language, modes };
}

/** The address without the handoff's parameters: what the page and its screens then read. */
export function withoutHandoff(url: URL): string {
  const clean = new URL(url.href);
  for (const key of keys) clean.searchParams.delete(key);
  return `${clean.pathname}${clean.search}${clean.hash}`;
}
