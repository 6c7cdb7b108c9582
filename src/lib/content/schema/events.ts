import * as v from 'valibot';
import { id, isoDate, text } from './common';

export const eventCategories = ['event', 'notice', 'disaster'] as const;

const eventSchema = v.pipe(
  v.strictObject({
    id,
    category: v.picklist(eventCategories),
    title: text,
    summary: text,
    start: isoDate,
    end: isoDate,
    place: text,
    /** A facility id from facilities.csv, or null for city-wide items. */
    facility: v.nullable(id),
  }),
  // ISO dates compare correctly as strings.
  v.forward(
    v.check((e) => e.end >= e.start, 'expected an end date on or after the start date'),
    ['end'],
  ),
);

/** content/events/events.json */
export const eventsFileSchema = v.strictObject({
  sample: v.optional(v.boolean(), false),
  items: v.array(eventSchema),
});

export type EventsFile = v.InferOutput<typeof eventsFileSchema>;
