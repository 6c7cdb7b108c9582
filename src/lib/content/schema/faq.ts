import * as v from 'valibot';
import { faqCategories } from '../pack-types';
import { id, isoDate, list, perTranslation, text, translationMark } from './common';

/** A question and its answer in one other language, with its mark (what it was made from, checked or not). */
const faqTranslation = v.strictObject({ question: text, answer: text, ...translationMark.entries });

/** content/faq/faq.json (and from-console.json, Q&A staff proposed in the console) */
export const faqFileSchema = v.strictObject({
  sample: v.optional(v.boolean(), false),
  items: v.array(
    v.strictObject({
      id,
      category: v.picklist(faqCategories),
      /**
       * Among the 20 questions asked most at a counter (1 = most): these are translated into
       * every language, and a test keeps them so.
       */
      popular: v.optional(v.pipe(v.number(), v.integer('expected a rank from 1 to 20'), v.minValue(1, 'expected a rank from 1 to 20'), v.maxValue(20, 'expected a rank from 1 to 20'))),
      /** The date of the Japanese question and answer's last change: what translations say they were made from. */
      updated: v.optional(isoDate),
      question: text,
      answer: text,
      tags: list(text),
      translations: v.optional(perTranslation(faqTranslation)),
    }),
  ),
});

export type FaqFile = v.InferOutput<typeof faqFileSchema>;
