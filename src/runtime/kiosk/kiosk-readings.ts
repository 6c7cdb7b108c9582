import type { Seg } from '../../lib/content/pack-types';
import { addUiRubyTable } from '../../i18n/ui-ruby';

/**
 * A kiosk's own names (平支所, its site name) are put into sentences: 「平支所から近い順」,
 * 「ここは平支所です」. The build annotates them (packPaths.kioskReadings); registered as
 * Japanese UI strings, any template that inserts one shows its furigana like the words
 * around it. Anything not shaped like segments is ignored: a bad file costs furigana only.
 */
export function registerKioskReadings(value: unknown): number {
  if (!Array.isArray(value)) return 0;
  const readings = value.filter(isSegs);
  addUiRubyTable('ja', readings);
  return readings.length;
}

function isSegs(value: unknown): value is Seg[] {
  return Array.isArray(value) && value.length > 0 && value.every((seg) =>
    Array.isArray(seg) && (seg.length === 1 || seg.length === 2) && seg.every((part) => typeof part === 'string'));
}
