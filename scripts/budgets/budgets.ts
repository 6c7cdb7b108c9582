/**
 * Size budgets of the built app (issue 16), computed from dist alone so they are the same
 * on every machine: the first screen's JS (gzip) and what a phone precaches before it
 * reports "ready offline" (its worst language). Checked by budgets.test.ts in npm test,
 * printed by bench/start and bench/bundle.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { languageCodes } from '../../src/i18n/languages.ts';
import { firstScreenFiles, readBuildManifest, sumGzip } from './initial-js.ts';
import { kioskPrecache, phonePrecache, readPrecacheManifest, unnamedStringsChunks, type PrecacheSize } from './precache.ts';

export const budgets = { initialJsGzip: 60 * 1024, phonePrecacheBytes: 2.5 * 1e6 } as const;

// Through node:path: under vitest's happy-dom, URL is the DOM's, which resolves file: URLs wrongly.
export const distDir = join(dirname(fileURLToPath(import.meta.url)), '../../dist/');

export interface BudgetFigures {
  initialJsGzip: number;
  initialCssGzip: number;
  kiosk: PrecacheSize;
  /** The phone language whose first stage is largest, and that stage. */
  phone: PrecacheSize & { language: string };
  /** Strings chunks the service worker cannot tell apart by language (should be none). */
  unnamedStrings: string[];
}

export function budgetFigures(dist = distDir): BudgetFigures {
  const files = firstScreenFiles(dist);
  const entries = readPrecacheManifest(dist);
  const phone = languageCodes
    .map((language) => ({ language, ...phonePrecache(dist, language, entries) }))
    .reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return {
    initialJsGzip: sumGzip(files, 'js'), initialCssGzip: sumGzip(files, 'css'), kiosk: kioskPrecache(dist, entries), phone,
    unnamedStrings: unnamedStringsChunks(readBuildManifest(dist)),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;

export function budgetReport(dist = distDir): { figures: BudgetFigures; lines: string[] } {
  const f = budgetFigures(dist);
  return {
    figures: f,
    lines: [
      `initial JS   ${kb(f.initialJsGzip)} gzip (budget ${kb(budgets.initialJsGzip)}), initial CSS ${kb(f.initialCssGzip)} gzip`,
      `precache     kiosk ${mb(f.kiosk.bytes)} in ${f.kiosk.entries} files before ready; phone ${mb(f.phone.bytes)} in ${f.phone.entries} files before ready (largest: ${f.phone.language}; budget ${mb(budgets.phonePrecacheBytes)})`,
      ...(f.unnamedStrings.length > 0 ? [`             ${f.unnamedStrings.length} strings chunks do not name their language: this build's phones cannot leave them for later`] : []),
    ],
  };
}
