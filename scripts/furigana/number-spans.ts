import { counterWords, readCount, type NumberKind } from './counters.ts';
import type { Token } from './lattice.ts';
import { NUMERAL, parseNumeral } from './numbers.ts';

/**
 * Joins a number and its counter into one token with the reading of the pair:
 * 三/日 → 三日 ミッカ, 9/時 → 9時 クジ, 十一月/一/日 → 十一月 + 一日 ツイタチ.
 * A span must start and end on token boundaries, so words that merely contain a
 * numeral (三日月, 二本松, 一通り) and user-dictionary words (一時集合場所, 三和) are
 * left alone. Digits without a counter stay as they are: they carry no ruby.
 */
export function mergeNumbers(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const match = token.source === 'user' || endsWithNumeral(out) ? undefined : NUMERAL.exec(token.surface + restFrom(tokens, i + 1));
    if (!match) {
      out.push(token);
      i++;
      continue;
    }
    const span = spanAt(tokens, i, match[0], out);
    if (span) {
      out.push(span.token);
      i = span.next;
      continue;
    }
    // No counter: keep the numeral's tokens as they are, and do not restart inside it.
    let length = 0;
    while (i < tokens.length && length < match[0].length) {
      const t = tokens[i] as Token;
      out.push(t);
      length += t.surface.length;
      i++;
    }
  }
  return out;
}

const MONTH_WORDS = new Set(['毎月', '今月', '来月', '先月', '翌月', '同月', '前月', '当月']);
const WEEKDAY_AFTER = /^[（(][月火水木金土日]/u;
const DURATION_AFTER = /^(間|以内|ほど|程|後|前|分|余り|近く)/u;
const MINUTE_BEFORE = /(時|約|徒歩|歩いて|毎時|およそ)$/u;
const MINUTE_AFTER = /^(間|後|前|以内|ほど|程度|おき|ごと|前後|経過)/u;

function spanAt(tokens: readonly Token[], i: number, numeral: string, out: readonly Token[]) {
  const value = parseNumeral(numeral);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const text = restFrom(tokens, i);
  const before = out.map((t) => t.surface).join('').slice(-4);
  for (const base of ['月', ...counterWords]) {
    // 分 (a share) may follow any counter: 3日分 ミッカブン, 5回分 (one IPADIC word 回分).
    const portion = !base.startsWith('分') && text.startsWith(`${base}分`, numeral.length);
    for (const counter of portion ? [`${base}分`, base] : [base]) {
      if (!text.startsWith(counter, numeral.length)) continue;
      const end = numeral.length + counter.length;
      const next = boundaryIndex(tokens, i, end);
      if (next === undefined || tokens.slice(i, next).some((t) => t.source === 'user')) continue;
      const after = text.slice(end);
      // 十分 as one IPADIC word is 「じゅうぶん」 (enough) unless the context says minutes.
      if (counter === '分' && numeral === '十' && next === i + 1 && !MINUTE_BEFORE.test(before) && !MINUTE_AFTER.test(after)) {
        return undefined;
      }
      const kind = classify(base, value, out, after);
      const reading = readCount(value, base, kind);
      if (reading === undefined) continue;
      const token: Token = {
        surface: text.slice(0, end),
        reading: counter === base ? reading : `${reading}ブン`,
        pos: '名詞',
        pos1: '数',
        pos2: '',
        source: 'number',
        kind,
        counter: base,
      };
      return { token, next };
    }
  }
  return undefined;
}

/** Date or duration, for 日 and 月 (where it changes the reading) and for overrides.csv. */
function classify(counter: string, value: number, out: readonly Token[], after: string): NumberKind {
  const prev = out[out.length - 1];
  if (counter === '日') {
    const afterMonth = (prev?.counter === '月' && prev.kind === 'date') || MONTH_WORDS.has(prev?.surface ?? '');
    return afterMonth || WEEKDAY_AFTER.test(after) ? 'date' : 'duration';
  }
  if (counter === '月') {
    const afterYear = prev?.counter === '年' || prev?.surface.endsWith('年') === true;
    return value === 1 && !afterYear && DURATION_AFTER.test(after) ? 'duration' : 'date';
  }
  return /^(分|日間|時間|か月|ヶ月|カ月|ヵ月|箇月|週間|年間)/u.test(counter) ? 'duration' : '';
}

/** The index of the token that starts `length` characters after token i, if a token starts there. */
function boundaryIndex(tokens: readonly Token[], i: number, length: number): number | undefined {
  let at = 0;
  for (let j = i; j < tokens.length; j++) {
    at += (tokens[j] as Token).surface.length;
    if (at === length) return j + 1;
    if (at > length) return undefined;
  }
  return undefined;
}

function restFrom(tokens: readonly Token[], i: number): string {
  return tokens.slice(i, i + 8).map((t) => t.surface).join('');
}

function endsWithNumeral(out: readonly Token[]): boolean {
  return /[0-9０-９〇一二三四五六七八九十百千万億]$/u.test(out[out.length - 1]?.surface ?? '');
}
