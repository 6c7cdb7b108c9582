import * as v from 'valibot';
import { guideCategories } from '../pack-types';
import { id, isoDate, list, text } from './common';

/**
 * Front matter of content/guides/<id>.md and its translations <id>.<lang>.md.
 * Strict: a misspelt key ("catgory") is an error, not a silently missing field.
 * The language is not here: it comes from the file name.
 */
export const guideFrontMatterSchema = v.strictObject({
  id,
  title: text,
  category: v.picklist(guideCategories),
  tags: list(text),
  updated: isoDate,
  department: text,
  summary: text,
  relatedForms: list(id),
  relatedFacilities: list(id),
  sample: v.optional(v.boolean(), false),
  /**
   * Translations only (the build refuses them on a Japanese original and requires them on a
   * translation): `source` is the `updated` date of the Japanese guide it was made from, so a
   * later edit of the original shows as stale; `checked` stays false until a person who reads
   * the language has checked this machine or draft translation. The same pair as a digest's.
   */
  source: v.optional(isoDate),
  checked: v.optional(v.boolean()),
});

export type GuideFrontMatter = v.InferOutput<typeof guideFrontMatterSchema>;
