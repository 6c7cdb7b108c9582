import * as v from 'valibot';
import { id, isoDate, text } from './common';

/**
 * content/guide-digests/<lang>.json: for guides not yet translated into <lang>, the title
 * and a one-paragraph summary in that language, shown above the Japanese text (with
 * furigana) and searched in that language. `source` is the `updated` date of the Japanese
 * guide it was made from, so the coverage report can say when the guide changed since;
 * `checked` stays false until a person has checked a machine or draft translation.
 */
export const guideDigestFileSchema = v.record(id, v.strictObject({
  title: text,
  summary: text,
  source: isoDate,
  checked: v.optional(v.boolean(), false),
}));

export type GuideDigestFile = v.InferOutput<typeof guideDigestFileSchema>;
