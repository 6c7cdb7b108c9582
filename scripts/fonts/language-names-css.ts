/**
 * The language screen, the attract loop and the settings name every language in its own
 * script (简体中文, 한국어, नेपाली) while the UI may be Japanese: a kiosk on stock Debian has
 * no system font for those scripts, and loading four whole CJK fonts for a dozen
 * characters would cost megabytes. This writes @font-face rules that point at only the
 * fontsource unicode-range slices holding those characters, each limited to exactly the
 * characters of the name, so the browser fetches one to three small files per script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One @font-face of a fontsource stylesheet: its woff2 file and the code points it covers. */
export interface Slice { file: string; ranges: ReadonlyArray<readonly [number, number]> }

export function parseSlices(css: string): Slice[] {
  const slices: Slice[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([\w.-]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file) continue;
    const ranges = (range ?? 'U+0-10FFFF').split(',').map((part) => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as const;
    });
    slices.push({ file, ranges });
  }
  return slices;
}

/** A name to draw, and the fontsource package (and its stylesheet) that draws its script. */
export interface NameFont { language: string; name: string; fontPackage: string; stylesheet: string }

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase()}`;

export function languageNameFaces(fonts: readonly NameFont[], readCss: (fontPackage: string, stylesheet: string) => string, fileUrl: (fontPackage: string, file: string) => string): string {
  const faces: string[] = [];
  for (const font of fonts) {
    const slices = parseSlices(readCss(font.fontPackage, font.stylesheet));
    const bySlice = new Map<Slice, number[]>();
    for (const char of new Set(font.name.replace(/\s/g, ''))) {
      const codePoint = char.codePointAt(0)!;
      const slice = slices.find((s) => s.ranges.some(([from, to]) => codePoint >= from && codePoint <= to));
      if (!slice) throw new Error(`${font.fontPackage} has no glyph for ${char} of ${font.name}`);
      bySlice.set(slice, [...(bySlice.get(slice) ?? []), codePoint]);
    }
    for (const [slice, codePoints] of bySlice) {
      faces.push([
        '@font-face {',
        `  font-family: '${languageNameFamily(font.language)}';`,
        '  font-style: normal;',
        '  font-display: swap;',
        '  font-weight: 400;',
        `  src: url(${fileUrl(font.fontPackage, slice.file)}) format('woff2');`,
        `  unicode-range: ${codePoints.sort((a, b) => a - b).map(hex).join(',')};`,
        '}',
      ].join('\n'));
    }
  }
  return faces.join('\n\n');
}

export function languageNameFamily(language: string): string {
  return `Madoguchi Name ${language}`;
}

export function readFontsourceCss(nodeModules: string) {
  return (fontPackage: string, stylesheet: string) => readFileSync(join(nodeModules, '@fontsource', fontPackage, stylesheet), 'utf8');
}
