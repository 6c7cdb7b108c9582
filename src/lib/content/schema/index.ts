/** Valibot schemas of the source content in content/: one source of truth for build and tools. */
export { guideFrontMatterSchema, type GuideFrontMatter } from './guide';
export { faqFileSchema, type FaqFile } from './faq';
export { ordinanceFileSchema, type OrdinanceFile } from './ordinance';
export { eventCategories, eventsFileSchema, type EventsFile } from './events';
export { facilityColumns, facilityRowSchema, type FacilityRow } from './facility';
export { id, idPattern, isoDate, isRealDate, text } from './common';
export { parseDays, parseHolidayUse, parseTime, parseYesNo } from './opening-hours';
