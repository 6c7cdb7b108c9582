import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { cutWords } from '../i18n/word-cutter';
import { isPhraseBreak, spacelessScript, type RText as RTextValue, type Seg } from '../lib/content/pack-types';
import { displayModes } from '../runtime/display/display-modes';

/**
 * Japanese content shown to a reader of another language gets furigana whatever
 * the display setting, so they can at least read it aloud or look it up.
 */
const ForcedFurigana = createContext(false);
export function WithFurigana({ children }: { children: ComponentChildren }) {
  return <ForcedFurigana.Provider value={true}>{children}</ForcedFurigana.Provider>;
}

/**
 * Renders build-time furigana: <ruby> over the segments that have a reading when
 * furigana mode is on, plain text otherwise. Phrase breaks (BudouX, at build time)
 * become <wbr> inside a span that forbids breaks anywhere else (`.phrases`, base.css),
 * so large text never splits a word. Thai, Khmer and Burmese strings are cut into words
 * (i18n/word-cutter.ts) and each word kept on one line (`.word`): the browser breaks
 * inside some. Nothing else is analysed here.
 */
export function RText({ value: given }: { value: RTextValue | undefined }) {
  const forced = useContext(ForcedFurigana);
  const value = typeof given === 'string' ? cutWords(given) ?? given : given;
  if (value === undefined) return null;
  if (typeof value === 'string') return <>{value}</>;
  const furigana = forced || displayModes.value.furigana;
  const words = value.some((seg) => spacelessScript.test(seg[0]));
  const segments = value.map((seg, i) => <Segment key={i} seg={seg} furigana={furigana} word={words} />);
  // One element around the segments: inside a flex container (a .button) each <ruby> and
  // text run would otherwise become a flex item of its own, spaced apart and never wrapped.
  return <span class={words || value.some(isPhraseBreak) ? 'phrases' : undefined}>{segments}</span>;
}

function Segment({ seg, furigana, word }: { seg: Seg; furigana: boolean; word: boolean }) {
  if (isPhraseBreak(seg)) return <wbr />;
  // Only words of those scripts are kept whole: a run of Latin letters and digits (an
  // address, a pack version) may be longer than a phone's line at 200 % text, and must
  // still wrap (`.phrases` lets it break anywhere) rather than push the page sideways.
  if (word && spacelessScript.test(seg[0])) return <span class="word">{seg[0]}</span>;
  if (word) return <>{seg[0]}</>;
  const [surface, reading] = seg;
  if (!furigana || reading === undefined) return <>{surface}</>;
  // The reading is for the eye: hidden from the accessibility tree, so a button's
  // name stays its label (「この案内を印刷」, not 「この案内(あんない)を…」) for screen
  // readers and voice control alike (WCAG 2.5.3), and speech is not doubled.
  return <ruby>{surface}<rp aria-hidden="true">(</rp><rt aria-hidden="true">{reading}</rt><rp aria-hidden="true">)</rp></ruby>;
}

/** The plain text of an RText, for attributes, speech fallbacks and search. */
export function plainText(value: RTextValue | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : value.map((s) => s[0]).join('');
}

/** The kana reading of an RText (for read-aloud): readings where known, surface otherwise. */
export function readingText(value: RTextValue | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : value.map((s) => s[1] ?? s[0]).join('');
}
