import * as v from 'valibot';
import { faqCategories } from '../pack-types';
import { id, list, text } from './common';

/** content/faq/faq.json */
export const faqFileSchema = v.strictObject({
  sample: v.optional(v.boolean(), false),
  items: v.array(
    v.strictObject({
      id,
      category: v.picklist(faqCategories),
      question: text,
      answer: text,
      tags: list(text),
    }),
  ),
});

export type FaqFile = v.InferOutput<typeof faqFileSchema>;
