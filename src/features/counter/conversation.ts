import type { CounterSay, CounterSide } from '../../../contract/counter';
import type { Phrase, PhraseCategory } from '../../lib/content/phrasebook';

/** One thing said, as both screens keep it (in memory only: it is never stored). */
export interface Line extends CounterSay { from: CounterSide }

/** The phrases of a topic a side taps: its own questions or requests. */
export function phrasesFor(phrases: readonly Phrase[], side: CounterSide, category: PhraseCategory): Phrase[] {
  return phrases.filter((p) => p.category === category && p.speaker === side);
}

/** Answers either side gives (yes, no, once more), always at hand; number and date come from the pad and calendar. */
export function sharedAnswers(phrases: readonly Phrase[]): Phrase[] {
  return phrases.filter((p) => p.speaker === 'either' && !p.value);
}

/** The phrase ids that answer with a number and with a date. */
export function valuePhraseId(phrases: readonly Phrase[], kind: 'number' | 'date'): string | undefined {
  return phrases.find((p) => p.value === kind)?.id;
}
