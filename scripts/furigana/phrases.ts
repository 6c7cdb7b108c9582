import { loadDefaultJapaneseParser } from 'budoux';
import { phraseBreak, type Seg } from '../../src/lib/content/pack-types.ts';

/**
 * Phrase (文節) boundaries for line breaking, with BudouX's Japanese model: the app renders
 * each phrase as an inline-block span (or puts <wbr> between them), so a line never
 * breaks inside 「避難所」 or between a word and its particle. Phrases join back to the
 * input exactly; whitespace stays at the start of the phrase after it, as in BudouX.
 *
 * やさしい日本語 is written with spaces between phrases (分かち書き). The model was not
 * trained on that style and cuts kana words apart (「さいが|いの」), so a short
 * space-delimited chunk is kept whole and only long chunks go to BudouX.
 */
const LONGEST_KEPT_CHUNK = 10;

type Parser = ReturnType<typeof loadDefaultJapaneseParser>;
let parser: Parser | undefined;

export function phraseBreaks(text: string): string[] {
  parser ??= loadDefaultJapaneseParser();
  const model = parser;
  const chunks = text.match(/\s*\S+|\s+$/gu) ?? [];
  return chunks.flatMap((chunk) => {
    const body = chunk.trimStart();
    if ([...body].length <= LONGEST_KEPT_CHUNK) return [chunk];
    const phrases = model.parse(body);
    const lead = chunk.slice(0, chunk.length - body.length);
    return phrases.map((p, i) => (i === 0 ? lead + p : p));
  });
}

/**
 * Groups ruby segments by phrase. A phrase boundary inside a plain segment splits it; one
 * inside a segment with a reading (BudouX does not know our words) moves to its end.
 */
export function phraseSegs(segs: readonly Seg[]): Seg[][] {
  const text = segs.map((s) => s[0]).join('');
  const cuts = new Set<number>();
  let at = 0;
  for (const phrase of phraseBreaks(text).slice(0, -1)) cuts.add((at += phrase.length));
  const groups: Seg[][] = [[]];
  let offset = 0;
  for (const seg of segs) {
    const [surface, reading] = seg;
    const current = () => groups[groups.length - 1] as Seg[];
    if (reading !== undefined) {
      current().push(seg);
    } else {
      let start = 0;
      for (let i = 1; i < surface.length; i++) {
        if (!cuts.has(offset + i)) continue;
        current().push([surface.slice(start, i)]);
        groups.push([]);
        start = i;
      }
      current().push([surface.slice(start)]);
    }
    offset += surface.length;
    if (cuts.has(offset)) groups.push([]);
  }
  return groups.filter((g) => g.length > 0);
}

/**
 * Ruby segments with a phrase-break marker (`['']`, see pack-types) between phrases: the
 * form the pack stores, so the app can allow a line break there and nowhere else. A
 * phrase that starts with a space needs no marker (the space already allows a break),
 * which keeps spaced やさしい日本語 as small as it was.
 */
export function withPhraseBreaks(segs: readonly Seg[]): Seg[] {
  return phraseSegs(segs).flatMap((group, i) => {
    const spaced = /^\s/u.test(group[0]?.[0] ?? '');
    return i === 0 || spaced ? group : [[...phraseBreak] as Seg, ...group];
  });
}
