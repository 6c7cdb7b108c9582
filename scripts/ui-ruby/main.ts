/**
 * `npm run ui-ruby`: furigana and phrase breaks for the Japanese UI strings, at build time.
 *   tsx scripts/ui-ruby/main.ts [--locales <dir>] [--content <dir>] [--out <dir>]
 * Reads src/locales/{ja,ja-easy}/*.json and writes one table per file into
 * src/generated/ui-ruby/<lang>/<namespace>.json (not committed), which the app loads
 * with that namespace's strings. The same annotator as the content build, with the
 * same Iwaki dictionary and facility readings, so UI and content read alike.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createContentAnnotate } from '../furigana/content-hook.ts';
import { facilityReadings } from '../build-content/facility-readings.ts';
import { buildUiRubyTable } from './table.ts';

const annotatedLanguages = ['ja', 'ja-easy'] as const;

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? (process.argv[at + 1] as string) : fallback;
}

async function main(): Promise<void> {
  const localesDir = option('locales', 'src/locales');
  const outDir = option('out', 'src/generated/ui-ruby');
  const started = performance.now();
  const contentAnnotate = await createContentAnnotate({ extraEntries: facilityReadings(option('content', 'content')) });
  let strings = 0;
  for (const lang of annotatedLanguages) {
    const annotate = (text: string) => contentAnnotate(text, lang);
    mkdirSync(join(outDir, lang), { recursive: true });
    for (const file of readdirSync(join(localesDir, lang)).filter((f) => f.endsWith('.json')).sort()) {
      const table = buildUiRubyTable(JSON.parse(readFileSync(join(localesDir, lang, file), 'utf8')), annotate);
      strings += table.length;
      const target = join(outDir, lang, file);
      const text = `${JSON.stringify(table)}\n`;
      // Unchanged tables keep their file untouched, so Vite's and the browser's caches hold.
      if (!existsSync(target) || readFileSync(target, 'utf8') !== text) writeFileSync(target, text);
    }
  }
  console.info(`ui-ruby: annotated ${strings} UI strings in ${Math.round(performance.now() - started)} ms`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
