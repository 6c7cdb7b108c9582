import type { LatticeWord } from './lattice.ts';

/**
 * Words of the Japan Meteorological Agency's warnings and of hazard notices that IPADIC
 * lacks or misreads. A warning read wrong aloud is the one error a kiosk must not make,
 * so each word here is checked by content/dictionary/fixture-names.tsv. They are general
 * Japanese, not Iwaki's, so they live with the code like supplement.ts.
 * `like` gives the part of speech: 公園 (noun), 開設 (サ変 noun).
 */
export const disasterWords: readonly LatticeWord[] = [
  { surface: '暴風雪', reading: 'ボウフウセツ', like: '公園' }, // IPADIC: 暴風 + 雪(ユキ)
  { surface: '着氷', reading: 'チャクヒョウ', like: '公園' }, // IPADIC: 着 + 氷(コオリ)
  { surface: '着雪', reading: 'チャクセツ', like: '公園' }, // IPADIC: 着 + 雪(ユキ)
  { surface: '大津波', reading: 'オオツナミ', like: '公園' }, // IPADIC: ダイ + 津波 (大津波警報 is オオツナミ)
  { surface: '降灰', reading: 'コウハイ', like: '公園' }, // IPADIC: コウカイ
  { surface: '外水', reading: 'ガイスイ', like: '公園' }, // IPADIC: 外(ソト) + 水
  { surface: '越水', reading: 'エッスイ', like: '開設' }, // IPADIC: コシミズ (a surname)
  { surface: 'ヨウ素', reading: 'ヨウソ', like: '公園' }, // IPADIC: ヨウ + 素(モト)
];
