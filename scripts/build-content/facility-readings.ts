import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { optional, readCsv } from '../../src/lib/csv/index.ts';

/** The open-data files whose 名称_カナ is the authoritative reading of each facility's name. */
const namedPlaceFiles = ['facilities/facilities.csv', 'disaster/medical.csv', 'disaster/aed.csv', 'disaster/evacuation-sites-standard.csv'];
const columns = { name: ['名称'], kana: optional(['名称_カナ', '名称_よみがな']) } as const;

export interface ReadingEntry { surface: string; reading: string; kind: 'facility' }

/**
 * Facility names with their 名称_カナ, handed to the furigana annotator as extra
 * dictionary entries so a facility's name is always read the way its owner says.
 * Files that are missing or unreadable add nothing here; the sources report their errors.
 */
export function facilityReadings(contentDir: string): ReadingEntry[] {
  const entries: ReadingEntry[] = [];
  for (const file of namedPlaceFiles) {
    const path = join(contentDir, file);
    if (!existsSync(path)) continue;
    const table = readCsv(new Uint8Array(readFileSync(path)), columns);
    if (!table.ok) continue;
    for (const record of table.value.records) {
      const { name, kana } = record.values;
      if (name && kana) entries.push({ surface: name.trim(), reading: kana.trim(), kind: 'facility' });
    }
  }
  return entries;
}
