/**
 * A deterministic synthetic pack for the search benchmark: Japanese administrative
 * sentences (80 %) and English ones (20 %) built from search-vocabulary.ts, and a
 * mixed list of queries a kiosk would see.
 */
import { facilityKinds, guideCategories, type SearchDoc, type SearchKind } from '../../src/lib/content/pack-types.ts';
import { mulberry32 } from '../../src/lib/geo/seeded-random.ts';
import { departments, enDepartments, enNouns, jaNouns, places, type JaWord } from './search-vocabulary.ts';

/** The seedable PRNG the app's own property tests use. */
export const prng = mulberry32;

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const jaSentences: Array<(n: () => string, place: string, dept: string) => string> = [
  (n, p) => `${p}支所では、${n()}の手続きができます。`,
  (n, _p, d) => `${n()}については、${d}にお問い合わせください。`,
  (n) => `${n()}を申請するときは、${n()}と${n()}が必要です。`,
  (n) => `${n()}の受付時間は、平日の午前8時30分から午後5時15分までです。`,
  (n, p) => `${p}地区の${n()}は、${n()}の近くにあります。`,
  (n) => `大きな${n()}のときは、近くの${n()}へ避難してください。`,
  (n) => `代理人が${n()}を請求するときは、委任状が必要です。`,
  (n) => `手数料は1通300円です。${n()}の場合は無料です。`,
  (n) => `${n()}の内容が変わったときは、14日以内に届け出てください。`,
  (n, _p, d) => `くわしくは${d}の${n()}の窓口で相談できます。`,
  (n) => `${n()}と${n()}は、同じ日に出すことはできません。`,
  (n) => `${n()}について、通訳が必要な方は事前に連絡してください。`,
  (n) => `${n()}は、郵送でも申し込むことができます。`,
  (n) => `土曜日、日曜日、祝日と年末年始は${n()}の受付をしていません。`,
  (n) => `${n()}の申請書は、市のホームページからダウンロードできます。`,
  (n, p) => `${p}の${n()}は、令和7年4月1日から場所が変わりました。`,
  (n) => `${n()}を受けるには、事前の予約が必要です。`,
  (n) => `${n()}の結果は、後日郵送でお知らせします。`,
  (n) => `対象となる方には、${n()}の案内を送ります。`,
  (n) => `${n()}がわからないときは、${n()}で確認してください。`,
  (n) => `${n()}の期限を過ぎると、${n()}を受けられないことがあります。`,
  (n, _p, d) => `${n()}に関する問い合わせは、${d}で受け付けています。`,
  (n) => `本人が来られないときは、${n()}を持った家族でも手続きできます。`,
  (n) => `${n()}は無料で利用できますが、${n()}は有料です。`,
];

const enSentences: Array<(n: () => string, place: string, dept: string) => string> = [
  (n, p) => `You can apply for ${n()} at the ${p} branch office.`,
  (n) => `Please bring your ${n()} and ${n()} when you apply.`,
  (n) => `In case of ${n()}, go to the nearest ${n()} at once.`,
  (n) => `The ${n()} counter is open on weekdays from 8:30 to 17:15.`,
  (n, _p, d) => `For ${n()}, contact the ${d} at City Hall.`,
  (n) => `A fee of 300 yen is charged for each ${n()}.`,
  (n, p) => `Residents of ${p} can use ${n()} and ${n()} free of charge.`,
  (n) => `If your ${n()} changes, notify the city within 14 days.`,
  (n) => `The application form for ${n()} can be downloaded from the city website.`,
  (n) => `An interpreter can help you with ${n()} if you book in advance.`,
  (n) => `You will receive the result of your ${n()} by mail.`,
  (n) => `${n()} is not available on weekends, holidays or at the New Year.`,
];

/**
 * Documents are about something: each draws most of its nouns from its topic
 * (its category's share of the vocabulary) and a few from anywhere, as real guides
 * do. Without topics every noun would be in a fifth of all documents.
 */
const topicShare = 0.8;
function nounPicker(random: Random, topic: number, words: readonly string[], topics: number): () => string {
  const own = words.filter((_, i) => i % topics === topic);
  return () => pick(random, random() < topicShare ? own : words);
}

const kindShares: Array<[SearchKind, number, [number, number]]> = [
  ['guides', 0.4, [8, 20]], ['faq', 0.3, [3, 6]], ['ordinances', 0.1, [10, 25]], ['facilities', 0.2, [2, 4]],
];

function kindFor(random: Random): [SearchKind, [number, number]] {
  let r = random();
  for (const [kind, share, sentences] of kindShares) {
    if ((r -= share) < 0) return [kind, sentences];
  }
  return ['guides', [8, 20]];
}

function categoryFor(random: Random, kind: SearchKind): string {
  if (kind === 'facilities') return pick(random, facilityKinds);
  if (kind === 'ordinances') return 'ordinance';
  return pick(random, guideCategories);
}

const topics = guideCategories.length;
const jaSurfaces = jaNouns.map(([surface]) => surface);

export function generateDocs(count: number, seed = 20261125): SearchDoc[] {
  const random = prng(seed);
  const docs: SearchDoc[] = [];
  for (let i = 0; i < count; i++) {
    const [kind, [minSentences, maxSentences]] = kindFor(random);
    const category = categoryFor(random, kind);
    const topic = Math.floor(random() * topics);
    const english = random() < 0.2;
    const place = pick(random, places);
    const sentences: string[] = [];
    let title: string;
    let reading: string | undefined;
    if (english) {
      const noun = nounPicker(random, topic, enNouns, topics);
      title = kind === 'facilities' ? `${place.romaji} ${pick(random, ['Branch Office', 'Library', 'Community Center'])}` : `${noun()} and ${noun()}`;
      const count = between(random, minSentences, maxSentences);
      for (let s = 0; s < count; s++) sentences.push(pick(random, enSentences)(noun, place.romaji, pick(random, enDepartments)));
    } else {
      const noun = nounPicker(random, topic, jaSurfaces, topics);
      const own = jaNouns.filter((_, n) => n % topics === topic);
      const head: JaWord = pick(random, own);
      const tail: JaWord = pick(random, own);
      [title, reading] = kind === 'facilities'
        ? [`いわき市 ${place.surface}${head[0]}`, `いわきし ${place.reading}${head[1]}`]
        : [`${head[0]}と${tail[0]}`, `${head[1]}と${tail[1]}`];
      const count = between(random, minSentences, maxSentences);
      for (let s = 0; s < count; s++) sentences.push(pick(random, jaSentences)(noun, place.surface, pick(random, departments)));
    }
    const lang = english ? 'en' : 'ja';
    const docId = `doc-${i}`;
    const body = sentences.join(english ? ' ' : '');
    docs.push({
      id: `${kind}:${docId}:${lang}`, kind, docId, lang, category,
      title, snippet: body.slice(0, english ? 120 : 60), body, ...(reading ? { reading } : {}),
    });
  }
  return docs;
}

export type QueryType = 'ja word' | 'ja two words' | 'kana reading' | 'en word' | 'en typo';
export interface BenchQuery { type: QueryType; text: string }

function typo(random: Random, word: string): string {
  const i = between(random, 1, word.length - 2);
  const edit = random();
  if (edit < 0.4) return word.slice(0, i) + word.slice(i + 1);
  if (edit < 0.7) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  return word.slice(0, i) + pick(random, [...'aeioustrn']) + word.slice(i + 1);
}

export function generateQueries(count: number, seed = 42): BenchQuery[] {
  const random = prng(seed);
  const enWords = [...new Set(enNouns.flatMap((n) => n.toLowerCase().split(' ')))];
  const jaWord = () => {
    const [surface] = pick(random, jaNouns);
    const chars = Array.from(surface);
    if (chars.length <= 6) return surface.length >= 2 ? surface : surface + pick(random, ['の日', '袋']);
    const length = between(random, 2, 6);
    const start = between(random, 0, chars.length - length);
    return chars.slice(start, start + length).join('');
  };
  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const r = random();
    if (r < 0.35) queries.push({ type: 'ja word', text: jaWord() });
    else if (r < 0.45) queries.push({ type: 'ja two words', text: `${jaWord()} ${pick(random, places).surface}` });
    else if (r < 0.65) queries.push({ type: 'kana reading', text: pick(random, jaNouns.filter(([, reading]) => reading.length >= 3))[1] });
    else if (r < 0.9) queries.push({ type: 'en word', text: pick(random, enWords) });
    else queries.push({ type: 'en typo', text: typo(random, pick(random, enWords.filter((w) => w.length >= 6))) });
  }
  return queries;
}
