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
});

export type GuideFrontMatter = v.InferOutput<typeof guideFrontMatterSchema>;
