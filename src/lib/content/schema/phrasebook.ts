import * as v from 'valibot';
import { languageCodes } from '../../../../contract/languages';
import { answerKinds, phraseCategories, phraseSpeakers, valueKinds } from '../phrasebook';
import { id, text } from './common';

/** Every UI language is required: a phrase missing one fails the build (the citizen could not read it). */
const everyLanguage = v.strictObject(
  Object.fromEntries(languageCodes.map((code) => [code, text])) as Record<(typeof languageCodes)[number], typeof text>,
);

const kana = v.pipe(v.string(), v.trim(), v.regex(/^[\u3041-\u309f\u30a0-\u30ff\u3000-\u303f\uff01-\uff5e\s{}a-z、。！？ー・]+$/u, 'expected a kana reading'));

const translationStatus = v.strictObject({
  kind: v.picklist(['draft', 'machine', 'human']),
  checked: v.boolean(),
});

/** content/phrasebook/phrasebook.json */
export const phrasebookFileSchema = v.strictObject({
  sample: v.optional(v.boolean(), false),
  /** Every language but Japanese, the source, says whether a person has checked it. */
  translations: v.strictObject(
    Object.fromEntries(languageCodes.filter((c) => c !== 'ja').map((code) => [code, translationStatus])) as Record<
      Exclude<(typeof languageCodes)[number], 'ja'>, typeof translationStatus>,
  ),
  categories: v.array(v.strictObject({ id: v.picklist(phraseCategories), name: everyLanguage })),
  phrases: v.array(
    v.strictObject({
      id,
      category: v.picklist(phraseCategories),
      speaker: v.picklist(phraseSpeakers),
      expects: v.optional(v.picklist(answerKinds)),
      value: v.optional(v.picklist(valueKinds)),
      reading: kana,
      text: everyLanguage,
    }),
  ),
});

export type PhrasebookFile = v.InferOutput<typeof phrasebookFileSchema>;
