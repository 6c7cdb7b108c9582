import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languageNamesCss, languageNamesCssPath } from './language-names';
import { languageNameFaces, parseSlices } from './language-names-css';

describe("fonts for the languages' own names", () => {
  it('the committed stylesheet is what the generator makes from today\'s languages (run `npx tsx scripts/fonts/main.ts`)', () => {
    expect(readFileSync(languageNamesCssPath, 'utf8')).toBe(languageNamesCss());
  });

  it('covers every character of 简体中文, 繁體中文, 한국어, नेपाली, Tiếng Việt and ไทย with a face of its own script', () => {
    const css = languageNamesCss();
    const covered = (family: string) => new Set([...css.matchAll(new RegExp(`'${family}';[^}]*?unicode-range: ([^;]+);`, 'g'))]
      .flatMap((m) => m[1]!.split(',').map((u) => String.fromCodePoint(parseInt(u.slice(2), 16)))));
    for (const [language, name] of [['zh-Hans', '简体中文'], ['zh-Hant', '繁體中文'], ['ko', '한국어'], ['ne', 'नेपाली'], ['vi', 'TiếngViệt'], ['th', 'ไทย'], ['mn', 'Монголхэл'], ['km', 'ខ្មែរ'], ['my', 'မြန်မာ']] as const) {
      const chars = covered(`Madoguchi Name ${language}`);
      expect([...name].filter((c) => !chars.has(c)), language).toEqual([]);
    }
  });

  it('points each character at the one slice whose unicode-range holds it, and refuses a character no slice has', () => {
    const css = `@font-face { src: url(./files/f-1-400-normal.woff2) format('woff2'); unicode-range: U+4E00-4E2F,U+6587; }
      @font-face { src: url(./files/f-2-400-normal.woff2) format('woff2'); unicode-range: U+7B80; }`;
    expect(parseSlices(css).map((s) => s.file)).toEqual(['f-1-400-normal.woff2', 'f-2-400-normal.woff2']);
    const faces = languageNameFaces([{ language: 'x', name: '简中文', fontPackage: 'f', stylesheet: '400.css' }], () => css, (_, file) => file);
    expect(faces).toContain('src: url(f-1-400-normal.woff2)');
    expect(faces).toContain('unicode-range: U+4E2D,U+6587;');
    expect(faces).toContain('unicode-range: U+7B80;');
    expect(() => languageNameFaces([{ language: 'x', name: '한', fontPackage: 'f', stylesheet: '400.css' }], () => css, (_, file) => file)).toThrow(/no glyph for 한/);
  });
});
