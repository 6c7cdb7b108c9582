import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDictionaryDir } from './dictionary.ts';
import { toKatakana } from './kana.ts';

/**
 * The reading fixtures, yardsticks for the accuracy test and the benchmark. Comparison is
 * exact after removing whitespace and folding hiragana to katakana; ー and punctuation count.
 *  - fixture-readings.tsv: hand-checked whole sentences (`text<TAB>reading`);
 *  - fixture-names.tsv: names that must never be misread (JMA warnings, 避難情報, hazard
 *    words, Iwaki's 町字, rivers, roads, stations), `text<TAB>reading<TAB>source`.
 */
export interface FixtureLine {
  /** 1-based line in the file, for messages. */
  line: number;
  text: string;
  reading: string;
  /** Where the item comes from (fixture-names.tsv), e.g. "Iwaki 町名". */
  source?: string;
}

export interface FixtureFile {
  file: string;
  /** What the bench and the test call it. */
  label: string;
}

export const fixtureFiles: readonly FixtureFile[] = [
  { file: 'fixture-readings.tsv', label: 'sentences' },
  { file: 'fixture-names.tsv', label: 'names that must never be wrong' },
];

export interface Failure extends FixtureLine {
  actual: string;
}

export interface Score {
  correct: number;
  total: number;
  accuracy: number;
  failures: Failure[];
}

export function loadFixture(dir: string = defaultDictionaryDir, file = 'fixture-readings.tsv'): FixtureLine[] {
  const path = join(dir, file);
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0]?.split('\t') ?? [];
  const withSource = header.length === 3 && header[2] === 'source';
  if (header[0] !== 'text' || header[1] !== 'reading' || header.length !== (withSource ? 3 : 2)) {
    throw new Error(`${path}:1: header must be "text<TAB>reading" or "text<TAB>reading<TAB>source"`);
  }
  return lines.flatMap((raw, i) => {
    if (i === 0 || raw.trim() === '') return [];
    const [text, reading, source, ...extra] = raw.split('\t');
    if (!text || !reading || extra.length > 0 || (withSource ? !source : source !== undefined)) {
      throw new Error(`${path}:${i + 1}: expected ${withSource ? 'text<TAB>reading<TAB>source' : 'text<TAB>reading'}`);
    }
    return [{ line: i + 1, text, reading, ...(withSource ? { source } : {}) }];
  });
}

export function normaliseForCompare(reading: string): string {
  return toKatakana(reading.replace(/\s+/gu, ''));
}

export function score(lines: readonly FixtureLine[], read: (text: string) => string): Score {
  const failures: Failure[] = [];
  for (const line of lines) {
    const actual = normaliseForCompare(read(line.text));
    if (actual !== normaliseForCompare(line.reading)) failures.push({ ...line, actual });
  }
  const correct = lines.length - failures.length;
  return { correct, total: lines.length, accuracy: lines.length === 0 ? 0 : correct / lines.length, failures };
}

export function formatFailures(failures: readonly Failure[]): string {
  return failures.map((f) => `  line ${f.line}: ${f.text}${f.source ? ` (${f.source})` : ''}\n    expected ${f.reading}\n    actual   ${f.actual}`).join('\n');
}
