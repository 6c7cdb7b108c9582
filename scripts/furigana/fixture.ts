import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDictionaryDir } from './dictionary.ts';
import { toKatakana } from './kana.ts';

/**
 * fixture-readings.tsv: hand-checked whole-sentence readings (`text<TAB>reading`), the
 * yardstick for the accuracy test and the benchmark. Comparison is exact after removing
 * whitespace and folding hiragana to katakana; ー and punctuation count.
 */
export interface FixtureLine {
  /** 1-based line in the file, for messages. */
  line: number;
  text: string;
  reading: string;
}

export interface Failure extends FixtureLine {
  actual: string;
}

export interface Score {
  correct: number;
  total: number;
  accuracy: number;
  failures: Failure[];
}

export function loadFixture(dir: string = defaultDictionaryDir): FixtureLine[] {
  const path = join(dir, 'fixture-readings.tsv');
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0] !== 'text\treading') throw new Error(`${path}:1: header must be "text<TAB>reading"`);
  return lines.flatMap((raw, i) => {
    if (i === 0 || raw.trim() === '') return [];
    const [text, reading, ...extra] = raw.split('\t');
    if (!text || !reading || extra.length > 0) throw new Error(`${path}:${i + 1}: expected text<TAB>reading`);
    return [{ line: i + 1, text, reading }];
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
  return failures.map((f) => `  line ${f.line}: ${f.text}\n    expected ${f.reading}\n    actual   ${f.actual}`).join('\n');
}
