import { describe, expect, it } from 'vitest';
import { mapHeader, normalizeHeader } from './header';
import { optional } from './types';

describe('header names', () => {
  it('treats width, 、・, and bracket variants as the same column', () => {
    expect(normalizeHeader('施設、場所名')).toBe(normalizeHeader('施設・場所名'));
    expect(normalizeHeader('施設,場所名')).toBe(normalizeHeader('施設･場所名'));
    expect(normalizeHeader('想定収容人数（人）')).toBe(normalizeHeader('想定収容人数(人)'));
    expect(normalizeHeader(' 名称＿カナ ')).toBe(normalizeHeader('名称_カナ'));
    expect(normalizeHeader('ＵＲＬ')).toBe(normalizeHeader('url'));
  });

  it('finds a column under any of its names and reports every missing required one', () => {
    const map = mapHeader(['NO', '施設、場所名', '住所'], {
      name: ['名称', '施設・場所名'],
      lat: ['緯度'],
      lng: ['経度'],
      note: optional(['備考']),
    });
    expect(map.index.get('name')).toBe(1);
    expect(map.written.get('name')).toBe('施設、場所名');
    expect(map.errors.map((e) => e.column)).toEqual(['緯度', '経度']);
    expect(map.extraColumns).toEqual(['NO', '住所']);
  });

  it('refuses a file that has two columns for the same key', () => {
    const map = mapHeader(['名称', '施設・場所名'], { name: ['名称', '施設・場所名'] });
    expect(map.errors[0]?.message).toContain('both mean');
  });
});
