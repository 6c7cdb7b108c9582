// @vitest-environment node
// kuromoji must load its dictionary with Node's fs, not a browser loader.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Seg } from '../../src/lib/content/pack-types.ts';
import { createAnnotator, type Annotator } from './annotator.ts';
import { createContentAnnotate } from './content-hook.ts';
import { fixtureFiles, formatFailures, loadFixture, score } from './fixture.ts';

const LOAD_TIMEOUT = 30_000;
let annotator: Annotator;

beforeAll(async () => {
  annotator = await createAnnotator();
}, LOAD_TIMEOUT);

/** The segments with a reading, as "surface:reading". */
const ruby = (segs: Seg[]) => segs.filter((s) => s.length === 2).map(([s, r]) => `${s}:${r}`);

describe.each(fixtureFiles)('reading accuracy on content/dictionary/$file', ({ file, label }) => {
  it(`reads at least 98 % of the ${label} exactly`, { timeout: LOAD_TIMEOUT }, () => {
    const result = score(loadFixture(undefined, file), (text) => annotator.reading(text));
    const summary = `furigana accuracy on ${file}: ${(result.accuracy * 100).toFixed(1)} % (${result.correct}/${result.total})`;
    console.info(result.failures.length ? `${summary}, failing lines:\n${formatFailures(result.failures)}` : summary);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.98);
  });

  it('gives segments that rebuild the text, with hiragana ruby only over kanji', () => {
    for (const { text } of loadFixture(undefined, file)) {
      const segs = annotator.annotate(text);
      expect(segs.map((s) => s[0]).join('')).toBe(text);
      for (const [surface, reading] of segs) {
        if (reading === undefined) expect(surface).not.toMatch(/[一-龯々]/u);
        else expect(reading).toMatch(/^[ぁ-ゖー]+$/u);
      }
    }
  });
});

describe('names that must never be wrong', () => {
  it('holds at least 300 items, each with its source', () => {
    const names = loadFixture(undefined, 'fixture-names.tsv');
    expect(names.length).toBeGreaterThanOrEqual(300);
    for (const item of names) expect(item.source, `line ${item.line}`).toBeTruthy();
  });

  it('reads 字 in an address as アザ, but not in ordinary words', () => {
    expect(annotator.reading('平字田町')).toBe('タイラアザタマチ');
    expect(annotator.reading('この字を大きくする')).toBe('コノジヲオオキクスル');
    expect(annotator.reading('数字と文字')).toBe('スウジトモジ');
  });

  it('reads 上・中・下 before a place as カミ・ナカ・シモ, and leaves them alone elsewhere', () => {
    expect(annotator.reading('好間町下好間と中好間')).toBe('ヨシママチシモヨシマトナカヨシマ');
    expect(annotator.reading('常磐上船尾町')).toBe('ジョウバンカミフナオマチ');
    expect(annotator.reading('机の上に置く')).toBe('ツクエノウエニオク');
    expect(annotator.reading('以下の中から選ぶ')).toBe('イカノナカカラエラブ');
  });

  it('reads warning words IPADIC misreads (暴風雪, 大津波, 着氷, 降灰)', () => {
    expect(annotator.reading('暴風雪警報と大津波警報')).toBe('ボウフウセツケイホウトオオツナミケイホウ');
    expect(annotator.reading('着氷注意報、降灰予報')).toBe('チャクヒョウチュウイホウ、コウハイヨホウ');
  });

  it('reads the 町目 of 平 like 丁目', () => {
    expect(annotator.reading('平字三町目')).toBe('タイラアザサンチョウメ');
  });
});

describe('Iwaki place names', () => {
  it('reads 平 as タイラ where it is the district, but not inside 平日 or 平常', () => {
    expect(annotator.reading('平にあります。')).toBe('タイラニアリマス。');
    expect(annotator.reading('平日と平常')).toBe('ヘイジツトヘイジョウ');
  });

  it('prefers the user dictionary to IPADIC (常磐 ジョウバン, 三和 ミワ, 上遠野 カミトオノ)', () => {
    expect(annotator.reading('常磐線で三和町と上遠野へ')).toBe('ジョウバンセンデミワマチトカミトオノヘ');
  });

  it('splits a long dictionary entry into words for ruby', () => {
    expect(ruby(annotator.annotate('指定緊急避難場所'))).toEqual(['指定:してい', '緊急:きんきゅう', '避難:ひなん', '場所:ばしょ']);
  });

  it('takes facility names from the content build, normalising half-width 名称_カナ', async () => {
    const withFacilities = await createAnnotator({
      extraEntries: [
        { surface: 'いわき市役所 本庁舎', reading: 'ｲﾜｷｼﾔｸｼｮ ﾎﾝﾁｮｳｼｬ' },
        { surface: '好間第三集会所', reading: 'ヨシマダイサンシュウカイジョ' },
      ],
    });
    expect(withFacilities.reading('好間第三集会所')).toBe('ヨシマダイサンシュウカイジョ');
    expect(withFacilities.annotate('いわき市役所 本庁舎')).toEqual([
      ['いわき'],
      ['市役所', 'しやくしょ'],
      [' '],
      ['本', 'ほん'],
      ['庁舎', 'ちょうしゃ'],
    ]);
  });
});

describe('numbers with counters', () => {
  it('reads 一日 as ツイタチ after a month and イチニチ as a count', () => {
    expect(annotator.reading('十一月一日')).toBe('ジュウイチガツツイタチ');
    expect(annotator.reading('4月1日から')).toBe('シガツツイタチカラ');
    expect(annotator.reading('1日3回')).toBe('イチニチサンカイ');
    expect(annotator.reading('申請は一日で終わります')).toBe('シンセイハイチニチデオワリマス');
    expect(annotator.reading('1月11日')).toBe('イチガツジュウイチニチ');
  });

  it('puts ruby on Arabic numerals only together with their kanji counter', () => {
    expect(annotator.annotate('受付は9時から')).toEqual([['受付', 'うけつけ'], ['は'], ['9時', 'くじ'], ['から']]);
    expect(annotator.annotate('3リットル')).toEqual([['3リットル']]);
    expect(annotator.annotate('電話 0246-22-1111')).toEqual([['電話', 'でんわ'], [' 0246-22-1111']]);
  });

  it('leaves words that only contain a numeral to the dictionary', () => {
    expect(annotator.reading('三日月')).toBe('ミカヅキ');
    expect(annotator.reading('一通りの説明')).toBe('ヒトトオリノセツメイ');
    expect(annotator.reading('二三日')).not.toContain('ニジュウサン');
  });
});

describe('overrides.csv', () => {
  it('pins readings IPADIC gets wrong', () => {
    expect(annotator.reading('一人と二人')).toBe('ヒトリトフタリ');
    expect(annotator.reading('二十日')).toBe('ハツカ');
    expect(annotator.reading('住民票は一通三百円')).toBe('ジュウミンヒョウハイッツウサンビャクエン');
    expect(annotator.reading('今日と明日')).toBe('キョウトアシタ');
  });

  it('applies a row only to a whole word (大人 is not changed inside 大人数)', () => {
    expect(annotator.reading('大人は無料')).toBe('オトナハムリョウ');
    expect(annotator.reading('大人数')).toBe('オオニンズウ');
  });

  it('reads 十分 as minutes only in a time context', () => {
    expect(annotator.reading('歩いて十分です')).toBe('アルイテジップンデス');
    expect(annotator.reading('八時十分')).toBe('ハチジジップン');
    expect(annotator.reading('十分に注意してください')).toBe('ジュウブンニチュウイシテクダサイ');
  });
});

describe('supplement words', () => {
  it('reads the city\'s 障がい, the pension word 追納 and 原動機付自転車 as the counter says them', () => {
    expect(annotator.reading('知的障がいがある方は障がい福祉課へ')).toBe('チテキショウガイガアルカタハショウガイフクシカヘ');
    expect(annotator.reading('あとから「追納」ができます')).toBe('アトカラ「ツイノウ」ガデキマス');
    expect(annotator.reading('原動機付自転車（原付）')).toBe('ゲンドウキツキジテンシャ（ゲンツキ）');
  });
});

describe('context rules', () => {
  it('reads 方 as a person in notices, but keeps direction and comparison', () => {
    expect(annotator.reading('日本語が分からない方は')).toBe('ニホンゴガワカラナイカタハ');
    expect(annotator.reading('65歳以上の方は')).toBe('ロクジュウゴサイイジョウノカタハ');
    expect(annotator.reading('お持ちの方')).toBe('オモチノカタ');
    expect(annotator.reading('海の方へ逃げる')).toBe('ウミノホウヘニゲル');
    expect(annotator.reading('早めに避難した方がよい')).toBe('ハヤメニヒナンシタホウガヨイ');
  });

  it('reads 間, 札 and bracketed weekdays as notices mean them', () => {
    expect(annotator.reading('駅と駅の間')).toBe('エキトエキノアイダ');
    expect(annotator.reading('番号札と千円札')).toBe('バンゴウフダトセンエンサツ');
    expect(annotator.reading('3日（月）')).toBe('ミッカ（ゲツ）');
  });
});

describe('the content build hook', () => {
  it('annotates Japanese and やさしい日本語, and leaves other languages and kana-only text plain', async () => {
    const annotate = await createContentAnnotate();
    expect(annotate('避難所', 'ja')).toEqual([['避難', 'ひなん'], ['所', 'じょ']]);
    expect(annotate('ひなんじょ へ にげる', 'ja-easy')).toBe('ひなんじょ へ にげる');
    expect(annotate('避难所', 'zh-Hans')).toBe('避难所');
  });

  it('stores BudouX phrase breaks in Japanese segments, so lines break between phrases only', async () => {
    const annotate = await createContentAnnotate();
    const segs = annotate('窓口は午前八時三十分に開きます。', 'ja') as string[][];
    const phrases = segs.map((s) => s[0]).join('|').split('||').map((p) => p.replace(/\|/g, ''));
    expect(phrases).toEqual(['窓口は', '午前八時三十分に', '開きます。']);
    expect(annotate('まどぐちは あさ あきます', 'ja-easy')).toBe('まどぐちは あさ あきます');
  });
});

describe('dictionary files', () => {
  it('reports a malformed row with its file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'furigana-'));
    try {
      writeFileSync(join(dir, 'iwaki-places.csv'), 'surface,reading,kind\n平,たいら,place\n');
      writeFileSync(join(dir, 'overrides.csv'), 'surface,reading,context\n');
      await expect(createAnnotator({ dictionaryDir: dir })).rejects.toThrow(/iwaki-places\.csv:2: .*katakana/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
