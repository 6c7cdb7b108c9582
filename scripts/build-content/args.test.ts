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
    expect(parseArgs(['--content', 'c', '--out=o', '--version', '2026.12.01-0900'], '/w', {})).toEqual({
      contentDir: '/w/c',
      outDir: '/w/o',
      version: '2026.12.01-0900',
      validityDays: 30,
    });
  });

  it('takes the pack validity from --valid-days or MADOGUCHI_PACK_VALIDITY_DAYS, the flag first', () => {
    expect(parseArgs([], '/w', { MADOGUCHI_PACK_VALIDITY_DAYS: '7' }).validityDays).toBe(7);
    expect(parseArgs(['--valid-days', '2'], '/w', { MADOGUCHI_PACK_VALIDITY_DAYS: '7' }).validityDays).toBe(2);
    expect(() => parseArgs(['--valid-days', '0'], '/w', {})).toThrow(/above 0/);
    expect(() => parseArgs([], '/w', { MADOGUCHI_PACK_VALIDITY_DAYS: 'forever' })).toThrow(/above 0/);
  });

  it('takes --rollback-to with a version name', () => {
    expect(parseArgs(['--rollback-to', '2026.11.20-0900-abcd1234'], '/w', {}).rollbackTo).toBe('2026.11.20-0900-abcd1234');
    expect(() => parseArgs(['--rollback-to', '../manifest'], '/w', {})).toThrow(/not a pack version/);
  });

  it('takes --require-disaster-coverage as a switch, off unless given', () => {
    expect(parseArgs(['--require-disaster-coverage', '--out', 'x'], '/w').requireDisasterCoverage).toBe(true);
    expect(parseArgs([], '/w').requireDisasterCoverage).toBeUndefined();
  });

  it('refuses unknown flags and missing values', () => {
    expect(() => parseArgs(['--force'])).toThrow(/unknown argument/);
    expect(() => parseArgs(['--out'])).toThrow(/needs a value/);
  });
});
