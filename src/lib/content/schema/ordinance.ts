import * as v from 'valibot';
import { id, isoDate, optionalText, text } from './common';

/** content/ordinances/<id>.json: one ordinance (or a sample excerpt of one) per file. */
export const ordinanceFileSchema = v.strictObject({
  id,
  sample: v.optional(v.boolean(), false),
  note: optionalText,
  number: text,
  title: text,
  promulgated: isoDate,
  articles: v.pipe(
    v.array(
      v.strictObject({
        number: text,
        caption: optionalText,
        paragraphs: v.pipe(v.array(text), v.minLength(1, 'expected at least one paragraph')),
      }),
    ),
    v.minLength(1, 'expected at least one article'),
  ),
});

export type OrdinanceFile = v.InferOutput<typeof ordinanceFileSchema>;
