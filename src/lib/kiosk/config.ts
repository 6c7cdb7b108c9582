import * as v from 'valibot';
import { terminalId } from '../../../contract/ids';
import { languageCodes } from '../../../contract/languages';
import { textSizes, themes } from '../../../contract/display-modes';

/**
 * A kiosk terminal's configuration: kiosk-config/default.json merged with
 * kiosk-config/sites/<site>.json, validated when the content pack is built and
 * again when the terminal loads it. Mirrors kiosk-config/schema.json (a test keeps
 * the two in step), which operators' editors use for completion.
 */
const time = v.pipe(v.string(), v.regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'expected HH:MM (24 h)'));

export const kioskConfigSchema = v.strictObject({
  $schema: v.optional(v.string()),
  terminalId: v.pipe(v.string(), v.regex(terminalId, 'expected 2 to 63 lowercase letters and digits in groups joined by single hyphens')),
  siteName: v.pipe(
    v.record(v.string(), v.pipe(v.string(), v.minLength(1))),
    v.check((names) => typeof names.ja === 'string' && typeof names.en === 'string', 'ja and en are required'),
  ),
  location: v.strictObject({
    lat: v.pipe(v.number(), v.minValue(36.7), v.maxValue(37.4)),
    lng: v.pipe(v.number(), v.minValue(140.4), v.maxValue(141.2)),
    label: v.optional(v.string()),
  }),
  defaults: v.strictObject({
    language: v.picklist(languageCodes),
    textSize: v.picklist(textSizes),
    theme: v.picklist(themes),
    furigana: v.boolean(),
  }),
  idle: v.strictObject({
    timeoutSeconds: v.pipe(v.number(), v.integer(), v.minValue(15), v.maxValue(1800)),
    warningSeconds: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(120)),
  }),
  attract: v.strictObject({
    cards: v.pipe(v.array(v.picklist(['welcome', 'how-to-use', 'events', 'disaster-readiness', 'languages'])), v.minLength(1)),
    rotateSeconds: v.pipe(v.number(), v.integer(), v.minValue(3), v.maxValue(60)),
  }),
  /** false: no printer. true: an 80 mm receipt printer (the original meaning). Or the paper, for an A4 printer. */
  printer: v.union([v.boolean(), v.strictObject({ paper: v.picklist(['80mm', 'A4']) })]),
  quietHours: v.strictObject({ start: time, end: time }),
  /** An optional raster PMTiles street map drawn under the schematic map, cached whole for offline use. */
  basemap: v.optional(v.nullable(v.strictObject({
    // This origin only: the CSP allows it, and the service worker caches only its own files.
    url: v.pipe(v.string(), v.regex(/^\/[A-Za-z0-9._~/-]+\.pmtiles$/, 'expected a path on this server ending in .pmtiles')),
    attribution: v.pipe(v.string(), v.minLength(1, 'the map data\'s licence requires an attribution')),
    // The whole file is checked against it before a kiosk keeps it (src/sw/basemap-cache.ts).
    sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'expected the file\'s sha256 in lower-case hex (sha256sum)')),
  })), null),
  heartbeatSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(30), v.maxValue(3600)), 300),
});

export type KioskConfig = v.InferOutput<typeof kioskConfigSchema>;
export type AttractCard = KioskConfig['attract']['cards'][number];

export interface ConfigIssue { path: string; message: string }

/** Site files override the defaults one top-level key at a time (objects are replaced whole, not deep-merged). */
export function mergeKioskConfig(defaults: Record<string, unknown>, site: Record<string, unknown>): Record<string, unknown> {
  return { ...defaults, ...site };
}

export function parseKioskConfig(value: unknown): { ok: true; config: KioskConfig } | { ok: false; issues: ConfigIssue[] } {
  const result = v.safeParse(kioskConfigSchema, value);
  if (result.success) return { ok: true, config: result.output };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({
      path: (issue.path ?? []).map((p) => String(p.key)).join('.') || '(top)',
      message: issue.message,
    })),
  };
}

export type PrinterPaper = '80mm' | 'A4';

/** The paper this terminal prints on, or undefined when it has no printer. */
export function printerPaper(printer: KioskConfig['printer']): PrinterPaper | undefined {
  if (printer === false) return undefined;
  return printer === true ? '80mm' : printer.paper;
}

/** Whether a JST time of day (minutes since midnight) falls in the quiet hours; windows may cross midnight. */
export function inQuietHours(quiet: KioskConfig['quietHours'], minutesJst: number): boolean {
  const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const start = toMinutes(quiet.start);
  const end = toMinutes(quiet.end);
  return start <= end ? minutesJst >= start && minutesJst < end : minutesJst >= start || minutesJst < end;
}
