import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

describe('canonical JSON', () => {
  it('gives the same bytes whatever order the keys were written in', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: 'い' } })).toBe('{"a":{"c":"い","d":[2,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ '10': 1, '9': 2, a: 3 })).toBe('{"10":1,"9":2,"a":3}');
  });

  it('drops undefined members like JSON.stringify', () => {
    expect(canonicalJson({ a: undefined, b: null, c: [undefined] })).toBe('{"b":null,"c":[null]}');
    // A MiniSearch average over fields some documents lack is a sparse array.
    // eslint-disable-next-line no-sparse-arrays
    expect(canonicalJson([1, , 3])).toBe(JSON.stringify([1, , 3]));
  });
});
