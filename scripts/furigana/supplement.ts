import type { LatticeWord } from './lattice.ts';

/**
 * Everyday municipal words that IPADIC lacks or splits into a misreading. They are
 * not Iwaki-specific, so they live with the code rather than in content/dictionary/.
 * `like` gives the part of speech: 開設 (サ変 noun, so 開庁します parses), 公園 (noun).
 */
export const supplementWords: readonly LatticeWord[] = [
  { surface: '開庁', reading: 'カイチョウ', like: '開設' }, // IPADIC: 開(ヒラキ, a place name) + 庁
  { surface: '来庁', reading: 'ライチョウ', like: '開設' },
  { surface: '令和', reading: 'レイワ', like: '平成' }, // era since 2019, after IPADIC: 令 リョウ + 和 ワ
  { surface: '健診', reading: 'ケンシン', like: '公園' }, // IPADIC: 健 + 診(ミ, a verb)
  { surface: '通帳', reading: 'ツウチョウ', like: '公園' }, // IPADIC: カヨイチョウ
  { surface: '納期限', reading: 'ノウキゲン', like: '公園' },
  { surface: '届出', reading: 'トドケデ', like: '開設' }, // IPADIC sometimes: トドケイデ
  { surface: '改製原戸籍', reading: 'カイセイゲンコセキ', like: '公園' },
  { surface: '届出印', reading: 'トドケデイン', like: '公園' },
  { surface: '届出人', reading: 'トドケデニン', like: '公園' },
  { surface: '申込み', reading: 'モウシコミ', like: '開設' }, // IPADIC: 申(サル, the zodiac) + 込み
  { surface: '何時', reading: 'ナンジ', like: '公園' }, // IPADIC: イツ
  { surface: '要否', reading: 'ヨウヒ', like: '公園' },
  { surface: '大けが', reading: 'オオケガ', like: '開設' },
  { surface: '大怪我', reading: 'オオケガ', like: '開設' },
  { surface: '東日本', reading: 'ヒガシニホン', like: '福島' }, // IPADIC: ヒガシニッポン (東日本大震災 is ヒガシニホン)
  { surface: '西日本', reading: 'ニシニホン', like: '福島' },
  { surface: '一通り', reading: 'ヒトトオリ', like: '公園' }, // IPADIC: 一 イチ + 通り
  { surface: '大人数', reading: 'オオニンズウ', like: '公園' }, // IPADIC: 大 ダイ + 人数
  { surface: '障がい', reading: 'ショウガイ', like: '公園' }, // the city's spelling of 障害; IPADIC: 障(サワ)る + がい
  { surface: '追納', reading: 'ツイノウ', like: '開設' }, // IPADIC: 追 ツイ + 納(オサメ)
  { surface: '原動機付自転車', reading: 'ゲンドウキツキジテンシャ', like: '公園' }, // IPADIC: 付 ヅケ
  // 所 after a サ変 noun comes out as ショ; these facilities are read ジョ.
  { surface: '救護所', reading: 'キュウゴジョ', like: '公園' },
  { surface: '給水所', reading: 'キュウスイジョ', like: '公園' },
  { surface: '投票所', reading: 'トウヒョウジョ', like: '公園' },
  { surface: '案内所', reading: 'アンナイジョ', like: '公園' },
  { surface: '相談所', reading: 'ソウダンジョ', like: '公園' },
  { surface: '診療所', reading: 'シンリョウジョ', like: '公園' },
];
