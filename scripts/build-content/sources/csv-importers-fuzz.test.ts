// @vitest-environment node
import fc from 'fast-check';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../src/lib/csv/index.ts';
import { encodeShiftJis } from '../../../src/lib/csv/fixtures/shift-jis-encode.ts';
import { existsSync } from 'node:fs';
import { buildFixture } from '../test-support/build-fixture.ts';
import { realContentDir, writeContent } from './disaster-fixtures.ts';

/**
 * Property-based fuzz of every CSV importer of the content build, on the committed open
 * data damaged the ways files really get damaged (a stray quote or comma, a cut line, a
 * half-deleted record, swapped lines, a Shift_JIS re-save). Whatever the damage:
 * - the build never throws: a bad file is a list of errors, not a crash;
 * - every error points into the damaged file, at a line the file has;
 * - all or nothing: with any error the build writes no pack at all, so no row of a broken
 *   file reaches a kiosk; without errors it writes one.
 * `npm test` runs CSV_IMPORT_FUZZ_RUNS (default 40) per importer; the reliability run 300 (each case is a whole content build).
 */
const runs = Number(process.env.CSV_IMPORT_FUZZ_RUNS ?? 40);
const timeout = 60_000 + runs * 200;

/** Every CSV the content build imports (sites, shelters, AED, medical, facilities). */
const files = [
  'disaster/evacuation-sites.csv',
  'disaster/shelters.csv',
  'disaster/evacuation-sites-standard.csv',
  'disaster/aed.csv',
  'disaster/medical.csv',
  'facilities/facilities.csv',
];

/** What goes wrong with a CSV between a spreadsheet and our build. */
type Damage =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'duplicate-line'; at: number };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('"', ',', '\n', '\r\n', '""', '",', ',"', '\uFEFF', 'x', '99999', '-1', '○', '\u0000', '𠮷') }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
);

function apply(text: string, d: Damage): string {
  const lines = text.split('\n');
  switch (d.kind) {
    case 'insert': { const at = d.at % (text.length + 1); return text.slice(0, at) + d.text + text.slice(at); }
    case 'delete': { const at = d.at % (text.length + 1); return text.slice(0, at) + text.slice(at + d.length); }
    case 'swap-lines': {
      const a = d.a % lines.length;
      const b = d.b % lines.length;
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    case 'duplicate-line': { const at = d.at % lines.length; lines.splice(at, 0, lines[at] ?? ''); return lines.join('\n'); }
  }
}

/** Shift_JIS when every character has a code there (as a re-save from Excel would be), else UTF-8. */
function encode(text: string, sjis: boolean): Uint8Array {
  if (sjis) {
    try { return encodeShiftJis(text); } catch { /* a character with no Shift_JIS code: stays UTF-8 */ }
  }
  return new TextEncoder().encode(text);
}

describe('every CSV importer, fuzzed with damaged open data', () => {
  for (const file of files) {
    it(`${file}: the build never throws, errors point into the file, a broken file writes no pack`, async () => {
      // Decoded as the importer does: the GSI file is Shift_JIS as published.
      const original = decodeCsvBytes(new Uint8Array(await readFile(join(realContentDir, file)))).text;
      // Only the file under test, so every error must be about it.
      const dirs = await writeContent({ [file]: original });
      const path = join(dirs.contentDir, file);
      const clean = await buildFixture(dirs);
      expect(clean.messages).toEqual([]);
      let refused = 0;
      try {
        await fc.assert(fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 3 }), fc.boolean(), async (damages, sjis) => {
          const damaged = damages.reduce(apply, original);
          await rm(dirs.outDir, { recursive: true, force: true });
          await mkdir(join(path, '..'), { recursive: true });
          await writeFile(path, encode(damaged, sjis));
          const { result, messages } = await buildFixture(dirs);
          if (result.ok) {
            expect(existsSync(dirs.outDir)).toBe(true);
            return;
          }
          refused++;
          expect(existsSync(dirs.outDir)).toBe(false);
          expect(messages.length).toBeGreaterThan(0);
          const lineCount = damaged.split(/\r\n|\r|\n/).length + 1;
          for (const message of messages) {
            const at = new RegExp(`^content/${file.replace('.', '\\.')}:(\\d+):(\\d+) .+`).exec(message);
            expect(at, message).not.toBeNull();
            expect(Number(at?.[1])).toBeGreaterThanOrEqual(1);
            expect(Number(at?.[1])).toBeLessThanOrEqual(lineCount);
          }
        }), { numRuns: runs });
      } finally {
        await rm(join(dirs.contentDir, '..'), { recursive: true, force: true });
      }
      // The damage must actually break files, or this proves nothing.
      expect(refused).toBeGreaterThan(runs / 10);
    }, timeout);
  }
});
