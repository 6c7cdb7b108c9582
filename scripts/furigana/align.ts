import type { Seg } from '../../src/lib/content/pack-types.ts';
import { hasKanji, isKanjiLike, toHiragana } from './kana.ts';

/**
 * Okurigana alignment: spread a word's reading over its kanji so ruby sits only on
 * the kanji. 食べる/たべる → 食(た)べる; 申し込み/もうしこみ → 申(もう)し込(こ)み.
 * The kana of the surface must reappear in the reading; the kanji runs take what
 * lies between. When that fails (松ケ岡 is マツガオカ: the ケ is read ガ), the whole
 * word gets one group ruby, which is still correct, just less precise.
 */
export function alignReading(surface: string, reading: string): Seg[] {
  if (!hasKanji(surface)) return [[surface]];
  const hira = toHiragana(reading);
  return (
    alignRuns(splitRuns(surface, false), hira) ??
    alignRuns(splitRuns(surface, true), hira) ?? [[surface, hira]]
  );
}

interface Run {
  text: string;
  kanji: boolean;
}

/**
 * Splits a surface into kanji runs and other runs. In `loose` mode a short run between
 * two kanji joins them: a kana read otherwise than spelled (ケ in 松ケ岡), or a space
 * that the reading does not spell (いわき市役所 本庁舎 / イワキシヤクショホンチョウシャ).
 */
function splitRuns(surface: string, loose: boolean): Run[] {
  const runs: Run[] = [];
  for (const ch of surface) {
    const kanji = isKanjiLike(ch);
    const last = runs[runs.length - 1];
    if (last && last.kanji === kanji) last.text += ch;
    else runs.push({ text: ch, kanji });
  }
  if (!loose) return runs;
  const merged: Run[] = [];
  runs.forEach((run, i) => {
    const between = !run.kanji && [...run.text].length <= 2 && runs[i - 1]?.kanji === true && runs[i + 1]?.kanji === true;
    const last = merged[merged.length - 1];
    if (last?.kanji && (between || run.kanji)) last.text += run.text;
    else merged.push({ ...run, kanji: run.kanji || between });
  });
  return merged;
}

function alignRuns(runs: Run[], hira: string): Seg[] | undefined {
  const pattern = runs.map((run) => (run.kanji ? '(.+?)' : otherPattern(run.text))).join('');
  const match = new RegExp(`^${pattern}$`, 'u').exec(hira);
  if (!match) return undefined;
  let group = 1;
  return runs.map((run): Seg => {
    if (!run.kanji) return [run.text];
    const part = match[group++] ?? '';
    return [run.text, part];
  });
}

/** Kana must reappear in the reading (katakana compared as hiragana), as must ・ or a space. */
function otherPattern(text: string): string {
  return escapeRegExp(toHiragana(text));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\\-/]/g, '\\$&');
}
