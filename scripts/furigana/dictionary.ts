import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isKatakanaReading, normaliseReading } from './kana.ts';

/**
 * The editable data of the annotator, in content/dictionary/ (see its README):
 * iwaki-places.csv (user dictionary) and overrides.csv (known IPADIC misreadings).
 * Both are plain CSV without quoting; a malformed row stops the build with its line.
 */

export type EntryKind = 'place' | 'facility' | 'word';

/** A user-dictionary word. `reading` is katakana. */
export interface UserEntry {
  surface: string;
  reading: string;
  kind: EntryKind;
}

/** `date` / `duration` rows apply only to numbers the annotator classified that way. */
export type OverrideContext = '' | 'date' | 'duration';

export interface OverrideEntry {
  surface: string;
  reading: string;
  context: OverrideContext;
}

export const defaultDictionaryDir = fileURLToPath(new URL('../../content/dictionary/', import.meta.url));

export function loadUserEntries(dir: string): UserEntry[] {
  return readRows(join(dir, 'iwaki-places.csv'), ['surface', 'reading', 'kind'], (row, where) => {
    const [surface = '', reading = '', kind = ''] = row;
    if (kind !== 'place' && kind !== 'facility' && kind !== 'word') throw new Error(`${where}: unknown kind "${kind}"`);
    return { surface, reading: checkReading(reading, where), kind };
  });
}

export function loadOverrides(dir: string): OverrideEntry[] {
  return readRows(join(dir, 'overrides.csv'), ['surface', 'reading', 'context'], (row, where) => {
    const [surface = '', reading = '', context = ''] = row;
    if (context !== '' && context !== 'date' && context !== 'duration') {
      throw new Error(`${where}: unknown context "${context}"`);
    }
    return { surface, reading: checkReading(reading, where), context };
  });
}

/** Entries supplied by the content build (facility names with their 名称_カナ). */
export function normaliseExtraEntry(entry: { surface: string; reading: string; kind?: EntryKind }): UserEntry {
  const reading = normaliseReading(entry.reading);
  if (!isKatakanaReading(reading)) throw new Error(`extra entry "${entry.surface}": reading "${entry.reading}" is not kana`);
  return { surface: entry.surface.normalize('NFC'), reading, kind: entry.kind ?? 'facility' };
}

function checkReading(reading: string, where: string): string {
  if (!isKatakanaReading(reading)) throw new Error(`${where}: reading "${reading}" must be full-width katakana`);
  return reading;
}

function readRows<T>(path: string, header: string[], parse: (row: string[], where: string) => T): T[] {
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0] !== header.join(',')) throw new Error(`${path}:1: header must be "${header.join(',')}"`);
  const rows: T[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${path}:${i + 2}`;
    const cells = line.split(',').map((cell) => cell.trim());
    if (cells.length !== header.length || line.includes('"')) {
      throw new Error(`${where}: expected ${header.length} unquoted fields`);
    }
    if (cells[0] === '') throw new Error(`${where}: empty surface`);
    rows.push(parse(cells, where));
  });
  return rows;
}
