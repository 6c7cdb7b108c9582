// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { RText } from '../../src/lib/content/pack-types.ts';
import { createContentAnnotate } from '../furigana/content-hook.ts';
import { buildUiRubyTable } from './table.ts';
import { annotateTemplate, localeStrings } from './template.ts';

/** A stand-in annotator: 検索 has a reading, everything else is plain. */
const fake = (text: string): RText => (text.includes('検索') ? text.split(/(検索)/u).filter(Boolean).map((t) => (t === '検索' ? [t, 'けんさく'] : [t])) : text);

describe('UI string templates', () => {
  it('keeps placeholders whole and joins plain runs', () => {
    expect(annotateTemplate('「{{query}}」の検索 {{count}} 件', fake)).toEqual([
      ['「'], ['{{query}}'], ['」の'], ['検索', 'けんさく'], [' '], ['{{count}}'], [' 件'],
    ]);
  });

  it('leaves out strings with nothing to add', () => {
    expect(annotateTemplate('{{count}} items', fake)).toBeUndefined();
    expect(buildUiRubyTable({ a: 'OK', b: { c: '検索', d: '検索' } }, fake)).toEqual([[['検索', 'けんさく']]]);
  });

  it('reads every string of a locale file, nested and plural', () => {
    expect(localeStrings({ a: 'x', b: { c_one: 'y', c_other: 'z' }, d: ['w'], n: 1 })).toEqual(['x', 'y', 'z', 'w']);
  });

  it('annotates with the content annotator: readings and no break inside 土石流', async () => {
    const annotate = await createContentAnnotate();
    const segs = annotateTemplate('崖崩れ・土石流・地滑り', (text) => annotate(text, 'ja'));
    expect(segs).toContainEqual(['土石流', 'どせきりゅう']);
    const phrases = (segs ?? []).map((s) => s[0]).join('').length;
    expect(phrases).toBe('崖崩れ・土石流・地滑り'.length);
    const text = (segs ?? []).map((s) => (s[0] === '' ? '|' : s[0])).join('');
    expect(text).not.toMatch(/土石\|流|土\|石/u);
  }, 30_000);
});
