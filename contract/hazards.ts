/**
 * The hazard vocabulary of the whole app, in the GSI column order (DATA.md).
 *
 * A file of its own with no imports, because the server imports it too (a staff notice
 * names one of these hazards): one list, so the app can never be sent a hazard it does
 * not know, and the server compiles this file alone rather than the app's pack types.
 */
export const hazards = ['flood', 'landslide', 'storm-surge', 'earthquake', 'tsunami', 'large-fire', 'inland-flooding', 'volcano'] as const;
export type Hazard = (typeof hazards)[number];
