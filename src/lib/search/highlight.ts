import { foldText, isCjkTerm, isWordChar, normalize } from './normalize.js';

export interface HighlightPart {
  text: string;
  match: boolean;
}

/** A character with the marks that belong to it (ｶﾞ, é written as e + ◌́). */
const clusterPattern = /[\s\S][\p{M}\uff9e\uff9f]*/gu;

/**
 * Splits `text` into parts, marking the parts where a matched term literally occurs
 * once both are normalised: ｶﾞｲﾄﾞ is found by がいど, ＡＢＣ by abc, Tiếng by tieng,
 * and 避難所 is lit by its bigrams 避難 + 難所. Alphabetic terms match whole words
 * only (tax does not light syntax); CJK terms match anywhere.
 *
 * What is not literally in the text is not highlighted: when 「ひなんじょ」 finds 避難所
 * through its reading, nothing in 避難所 lights up, because the reading does not say
 * which kanji spell which kana. Pure: safe on the page and in workers.
 */
export function highlight(text: string, terms: readonly string[]): HighlightPart[] {
  const clusters = text.match(clusterPattern) ?? [];
  let folded = '';
  const owner: number[] = [];
  clusters.forEach((cluster, index) => {
    const f = foldText(cluster);
    folded += f;
    for (let k = 0; k < f.length; k++) owner.push(index);
  });

  const marked = new Uint8Array(clusters.length);
  const wanted = new Set(terms.flatMap((term) => normalize(term).split(' ')).filter((t) => t !== ''));
  for (const term of wanted) {
    const wholeWord = !isCjkTerm(term);
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      const end = at + term.length;
      if (wholeWord && (isWordChar(folded, at - 1) || isWordChar(folded, end))) continue;
      for (let k = at; k < end; k++) marked[owner[k] as number] = 1;
    }
  }

  const parts: HighlightPart[] = [];
  clusters.forEach((cluster, index) => {
    const match = marked[index] === 1;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += cluster;
    else parts.push({ text: cluster, match });
  });
  return parts;
}
