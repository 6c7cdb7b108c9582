import { describe, expect, it } from 'vitest';
import places from '../../../../../content/dictionary/iwaki-places.csv?raw';
import names from '../../../../../content/dictionary/fixture-names.tsv?raw';
import { candidatesFor, createCandidateIndex, maxCandidates, parseCandidateEntries } from './candidate-lookup';

const realIndex = createCandidateIndex(parseCandidateEntries([
  { text: places, separator: ',' },
  { text: names, separator: '\t' },
]));
const words = (before: string) => candidatesFor(realIndex, before).map((c) => c.surface);

describe('kana-to-kanji candidates from the dictionary the furigana uses', () => {
  it('offers 小名浜 for おなはま, and for the start of it', () => {
    expect(words('おなはま')[0]).toBe('小名浜');
    expect(words('おなは')).toContain('小名浜');
  });

  it('offers 平 for たいら, also at the end of a longer run', () => {
    expect(words('たいら')[0]).toBe('平');
    const found = candidatesFor(realIndex, 'いわきしたいら').find((c) => c.surface === '平');
    expect(found?.replace).toBe(3);
  });

  it('offers warning names: ひなんしじ is 避難指示, おおつなみけいほう is 大津波警報', () => {
    expect(words('ひなんしじ')).toContain('避難指示');
    expect(words('おおつなみけいほう')).toContain('大津波警報');
  });

  it('looks only at the hiragana just before the caret', () => {
    expect(words('小名浜')).toEqual([]);
    expect(words('おなはま ')).toEqual([]);
    expect(words('')).toEqual([]);
  });

  it('does not offer a word for one kana at the end of a run (の is not 野)', () => {
    const index = createCandidateIndex([{ surface: '野', reading: 'の' }]);
    expect(candidatesFor(index, 'やまの')).toEqual([]);
    expect(candidatesFor(index, 'の').map((c) => c.surface)).toEqual(['野']);
  });

  it('shows at most one row of candidates, each word once', () => {
    const list = candidatesFor(realIndex, 'か');
    expect(list.length).toBeLessThanOrEqual(maxCandidates);
    expect(new Set(list.map((c) => c.surface)).size).toBe(list.length);
  });

  it('skips rows with nothing to convert or a reading that is not plain kana', () => {
    const entries = parseCandidateEntries([{ text: 'text\treading\tsource\n警戒レベル3\tケイカイレベル3\tx\nいわき駅\tイワキエキ\tx\nいわき\tイワキ\tx\n', separator: '\t' }]);
    expect(entries).toEqual([{ surface: 'いわき駅', reading: 'いわきえき' }]);
  });
});
