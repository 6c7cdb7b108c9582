import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from './to-blocks.ts';
import type { ContentLanguage } from '../../../src/lib/content/pack-types.ts';

const convert = (markdown: string, lang: ContentLanguage = 'ja') => markdownToBlocks(markdown, lang, (text) => text);

describe('Markdown → Block[]', () => {
  it('turns headings 2–4 into blocks with unique ids', () => {
    const { blocks } = convert('## 請求できる人\n\n### How to apply\n\n#### 請求できる人\n');
    expect(blocks).toEqual([
      { type: 'heading', level: 2, id: '請求できる人', text: [{ t: '請求できる人' }] },
      { type: 'heading', level: 3, id: 'how-to-apply', text: [{ t: 'How to apply' }] },
      { type: 'heading', level: 4, id: '請求できる人-2', text: [{ t: '請求できる人' }] },
    ]);
  });

  it('keeps strong, em and links inline, with guide links as app paths and others absolute', () => {
    const markdown = '**本人**または*家族*。[税](/guides/resident-tax)と[市](https://www.city.iwaki.lg.jp)';
    const { blocks, guideLinks } = convert(markdown);
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        text: [
          { t: '本人', strong: true },
          { t: 'または' },
          { t: '家族', em: true },
          { t: '。' },
          { t: '税', href: '/guides/resident-tax' },
          { t: 'と' },
          { t: '市', href: 'https://www.city.iwaki.lg.jp/' },
        ],
      },
    ]);
    expect(guideLinks).toEqual([{ id: 'resident-tax', offset: markdown.indexOf('[税]') }]);
  });

  it('joins soft line breaks without a space in Japanese and with one in English', () => {
    expect(convert('市役所の\n窓口です').blocks[0]).toEqual({ type: 'paragraph', text: [{ t: '市役所の窓口です' }] });
    expect(convert('City\nHall', 'en').blocks[0]).toEqual({ type: 'paragraph', text: [{ t: 'City Hall' }] });
  });

  it('converts ordered and unordered lists, tables and quotes', () => {
    const { blocks, problems } = convert('- 一\n- **二**\n\n1. A\n2. B\n\n| 方法 | 必要なもの |\n|---|---|\n| 郵送 | 定額小為替 |\n\n> 注意\n');
    expect(problems).toEqual([]);
    expect(blocks).toEqual([
      { type: 'list', ordered: false, items: [[{ t: '一' }], [{ t: '二', strong: true }]] },
      { type: 'list', ordered: true, items: [[{ t: 'A' }], [{ t: 'B' }]] },
      { type: 'table', header: [[{ t: '方法' }], [{ t: '必要なもの' }]], rows: [[[{ t: '郵送' }], [{ t: '定額小為替' }]]] },
      { type: 'quote', blocks: [{ type: 'paragraph', text: [{ t: '注意' }] }] },
    ]);
  });

  it('refuses raw HTML, h1, nested lists and relative links, each at its offset', () => {
    const markdown = '# 題\n\n<div>x</div>\n\n- a\n  - b\n\n本文 <b>太字</b> と [x](foo.md)\n';
    const { problems } = convert(markdown);
    expect(problems.map((p) => [markdown.slice(p.offset, p.offset + 3), p.message.split(':')[0]])).toEqual([
      ['# 題', 'heading level 1 is not supported'],
      ['<di', 'raw HTML is not allowed'],
      ['- b', 'nested lists are not supported'],
      ['<b>', 'raw HTML is not allowed'],
      ['</b', 'raw HTML is not allowed'],
      ['[x]', 'link "foo.md" is relative'],
    ]);
  });

  it('passes every piece of text through annotate, so furigana can plug in', () => {
    const seen: string[] = [];
    markdownToBlocks('## 見出し\n\n本文と**太字**', 'ja', (text) => (seen.push(text), [[text, 'よみ']]));
    expect(seen).toEqual(['見出し', '本文と', '太字']);
  });
});
