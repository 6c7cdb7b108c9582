import type { Token } from './lattice.ts';

/**
 * Context rules for words whose IPADIC reading is right in a dictionary but wrong in
 * city notices. Each looks only at its neighbours, so each is cheap and predictable;
 * annotator.test.ts holds examples for both sides of every rule.
 */
type Rule = (tokens: readonly Token[], i: number) => string | undefined;

/** 間 on its own: 夏の間 / 駅と駅の間 are アイダ; IPADIC prefers マ (a room, a pause). */
const betweenAida: Rule = (tokens, i) => {
  const t = tokens[i];
  return t?.surface === '間' && t.reading === 'マ' && t.pos1 === '一般' ? 'アイダ' : undefined;
};

/** IPADIC has この間 as コノカン; in everyday text it is コノアイダ. */
const konoAida: Rule = (tokens, i) => (tokens[i]?.surface === 'この間' ? 'コノアイダ' : undefined);

const INFLECTING = new Set(['動詞', '助動詞', '形容詞']);
const PLACE_OR_SIDE = /(^[東西南北右左上下前後奥横縦内外表裏]|手前|側|駅|方面|海|山|川|港|浜|寄り)$/u;

/**
 * 方 is a person (カタ) in 「日本語が分からない方」「要配慮者の方」「65歳以上の方」 and a side
 * or a comparison (ホウ) in 「駅の方へ」「早い方がよい」. Notices address people, so カタ is
 * the default after a verb, adjective, auxiliary or の; ホウ stays for a comparison
 * (方より, 方が + adjective), a direction (方へ) and after a place or side (海の方).
 */
const personKata: Rule = (tokens, i) => {
  const [prev3, prev2, prev, t, next, next2] = [tokens[i - 3], tokens[i - 2], tokens[i - 1], tokens[i], tokens[i + 1], tokens[i + 2]];
  if (t?.surface !== '方' || t.reading !== 'ホウ' || !prev || !prev2) return undefined;
  const comparison = next?.surface === 'より' || (next?.surface === 'が' && (next2?.pos === '形容詞' || next2?.pos1 === '形容動詞語幹'));
  if (comparison || next?.surface === 'へ') return undefined;
  if (INFLECTING.has(prev.pos)) return 'カタ';
  // お持ちの方, ご希望の方: an honorific verb stem is a person too.
  const honorific = prev2.pos === '動詞' && prev3?.pos === '接頭詞';
  const noun = prev2.pos === '名詞' && !PLACE_OR_SIDE.test(prev2.surface);
  return prev.surface === 'の' && (noun || honorific) ? 'カタ' : undefined;
};

/** 後 at the start of a phrase is アト (後から納める); after a noun it is ゴ (出国後から). */
const ato: Rule = (tokens, i) => {
  const [prev, t, next] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  return t?.surface === '後' && t.reading === 'ゴ' && next?.surface === 'から' && prev?.pos !== '名詞' ? 'アト' : undefined;
};

/**
 * 行っ as an auxiliary (〜ていく) would be written in kana in official text (公用文), so a
 * kanji 行っ after て is 行う: 「手続きもあわせて行ってください」 is オコナッテ.
 */
const okonau: Rule = (tokens, i) => {
  const t = tokens[i];
  return t?.surface === '行っ' && t.reading === 'イッ' && t.pos1 === '非自立' ? 'オコナッ' : undefined;
};

/** 年 before a count is ネン: 年4回, 年6回 (IPADIC: トシ). */
const perYear: Rule = (tokens, i) => {
  const [t, next] = [tokens[i], tokens[i + 1]];
  return t?.surface === '年' && t.reading === 'トシ' && next?.counter !== undefined ? 'ネン' : undefined;
};

/** 札 as a suffix is フダ (番号札, 整理札), but サツ after an amount (千円札). */
const fuda: Rule = (tokens, i) => {
  const t = tokens[i];
  return t?.surface === '札' && t.pos1 === '接尾' && !(tokens[i - 1]?.surface.endsWith('円') ?? false) ? 'フダ' : undefined;
};

/** IPADIC reads 北の方 as キタノカタ (a lord's wife); in a notice it is a direction. */
const directionHou: Rule = (tokens, i) => {
  const t = tokens[i];
  return t && /^[東西南北]の方$/u.test(t.surface) && t.reading ? `${t.reading.slice(0, -2)}ホウ` : undefined;
};

const WEEKDAYS: Record<string, string> = { 月: 'ゲツ', 火: 'カ', 水: 'スイ', 木: 'モク', 金: 'キン', 土: 'ド', 日: 'ニチ', 祝: 'シュク' };

/** A weekday in brackets after a date: 1日（月） is ゲツ, not ツキ. */
const weekday: Rule = (tokens, i) => {
  const [prev, t, next] = [tokens[i - 1]?.surface ?? '', tokens[i]?.surface ?? '', tokens[i + 1]?.surface ?? ''];
  return /^[（(]$/u.test(prev) && /^[）)]$/u.test(next) ? WEEKDAYS[t] : undefined;
};

/** A user-dictionary place name (they take 福島's part of speech: 名詞,固有名詞,地域). */
const isPlace = (t: Token | undefined) => t?.source === 'user' && t.pos1 === '固有名詞' && t.pos2 === '地域';

/** 字 between place names is アザ, the sub-district of an address: 平字田町 タイラアザタマチ (IPADIC: ジ). */
const aza: Rule = (tokens, i) => {
  const [prev, t, next] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  return t?.surface === '字' && isPlace(prev) && next !== undefined && /^[\p{sc=Han}ヶケノ]/u.test(next.surface) ? 'アザ' : undefined;
};

const PLACE_PREFIX: Record<string, string> = { 上: 'カミ', 中: 'ナカ', 下: 'シモ', 北: 'キタ', 南: 'ミナミ', 東: 'ヒガシ', 西: 'ニシ' };

/**
 * 上・中・下 before a place name split one 大字 into parts: 上好間 カミヨシマ, 下小川
 * シモオガワ, 中三坂 ナカミサカ. IPADIC reads the lone kanji as a prefix (ジョウ, チュウ, カ).
 */
const placePrefix: Rule = (tokens, i) => {
  const t = tokens[i];
  return t !== undefined && isPlace(tokens[i + 1]) ? PLACE_PREFIX[t.surface] : undefined;
};

const RULES: Rule[] = [aza, placePrefix, betweenAida, konoAida, personKata, ato, okonau, perYear, fuda, directionHou, weekday];

/** Applies the rules to IPADIC tokens only: user words, numbers and overrides are final. */
export function applyRules(tokens: readonly Token[]): Token[] {
  return tokens.map((token, i) => {
    if (token.source !== 'dict') return token;
    for (const rule of RULES) {
      const reading = rule(tokens, i);
      if (reading !== undefined) return { ...token, reading, source: 'rule' };
    }
    return token;
  });
}
