import { describe, expect, it } from 'vitest';
import type { Phrase } from '../../lib/content/phrasebook';
import { phrasesFor, sharedAnswers, valuePhraseId } from './conversation';

const phrase = (id: string, speaker: Phrase['speaker'], category: Phrase['category'], value?: Phrase['value']) =>
  ({ id, speaker, category, reading: 'あ', text: {} as Phrase['text'], ...(value ? { value } : {}) }) as Phrase;
const phrases = [
  phrase('yes', 'either', 'basics'), phrase('number-answer', 'either', 'basics', 'number'), phrase('date-answer', 'either', 'basics', 'date'),
  phrase('please-wait', 'staff', 'basics'), phrase('id-document', 'staff', 'residence'), phrase('register-address', 'citizen', 'residence'),
];

describe('the phrases each side taps', () => {
  it('shows a clerk the staff phrases and a citizen theirs, and both the shared answers', () => {
    expect(phrasesFor(phrases, 'staff', 'basics').map((p) => p.id)).toEqual(['please-wait']);
    expect(phrasesFor(phrases, 'staff', 'residence').map((p) => p.id)).toEqual(['id-document']);
    expect(phrasesFor(phrases, 'citizen', 'residence').map((p) => p.id)).toEqual(['register-address']);
    expect(sharedAnswers(phrases).map((p) => p.id)).toEqual(['yes']);
  });

  it('leaves the number and date phrases to the pad and the calendar', () => {
    expect(valuePhraseId(phrases, 'number')).toBe('number-answer');
    expect(valuePhraseId(phrases, 'date')).toBe('date-answer');
  });
});
