// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.ts';

describe('content build arguments', () => {
  it('defaults to the repository content and dist-packs folders', () => {
    const args = parseArgs([]);
    expect(args.contentDir).toMatch(/\/content$/);
    expect(args.outDir).toMatch(/\/dist-packs$/);
    expect(args.version).toBeUndefined();
  });

  it('takes --content, --out and --version, relative to the working directory', () => {
    expect(parseArgs(['--content', 'c', '--out=o', '--version', '2026.12.01-0900'], '/w')).toEqual({
      contentDir: '/w/c',
      outDir: '/w/o',
      version: '2026.12.01-0900',
    });
  });

  it('refuses unknown flags and missing values', () => {
    expect(() => parseArgs(['--force'])).toThrow(/unknown argument/);
    expect(() => parseArgs(['--out'])).toThrow(/needs a value/);
  });
});
