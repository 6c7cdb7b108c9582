import { describe, expect, it } from 'vitest';
import type { Town } from '../../../lib/content/pack-types';
import { filterTowns, townForPostal } from './town-match';

const town = (code: string, name: string, reading: string): Town => ({ code, name: [[name, reading]], lat: 36.95, lng: 140.9 });
const towns = [
  town('2', '小名浜花畑町', 'おなはまはなばたけまち'),
  town('1', '小名浜', 'おなはま'),
  town('3', '江名', 'えな'),
  town('4', '平', 'たいら'),
  town('5', '平豊間', 'たいらとよま'),
];
const names = (list: Town[]) => list.map((t) => (t.name as [string, string][])[0]![0]);

describe('picking a 町名 for "near my home"', () => {
  it('lists towns in 五十音 order and narrows them by what is typed, in kana or kanji', () => {
    expect(names(filterTowns(towns, ''))).toEqual(['江名', '小名浜', '小名浜花畑町', '平', '平豊間']);
    expect(names(filterTowns(towns, 'おなはま'))).toEqual(['小名浜', '小名浜花畑町']);
    expect(names(filterTowns(towns, 'オナハマ'))).toEqual(['小名浜', '小名浜花畑町']);
    expect(names(filterTowns(towns, '豊間'))).toEqual(['平豊間']);
    expect(filterTowns(towns, 'とうきょう')).toEqual([]);
  });

  it('finds the town of a postal code: the same name, a town within it, or the one it begins with', () => {
    expect(townForPostal(towns, '小名浜')?.code).toBe('1');
    expect(townForPostal(towns, '平')?.code).toBe('4');
    expect(townForPostal(towns, '小名浜花畑町')?.code).toBe('2');
    // 平字田町 is not in the list: the nearest thing it names is 平.
    expect(townForPostal(towns, '平字田町')?.code).toBe('4');
    expect(townForPostal(towns, '四倉町')).toBeUndefined();
    expect(townForPostal(towns, '')).toBeUndefined();
  });
});
