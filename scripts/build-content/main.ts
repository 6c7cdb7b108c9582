/**
 * `npm run content`: builds the signed content pack from content/ into dist-packs/.
 *   tsx scripts/build-content/main.ts [--content <dir>] [--out <dir>] [--version <v>] [--valid-days <n>]
 * Exits 1, having written nothing, when any source file is invalid (or, with
 * --require-disaster-coverage, when a disaster guide is missing in any language).
 * Prints the content coverage by language (./coverage.ts) after every build.
 *   tsx scripts/build-content/main.ts --rollback-to <version> [--out <dir>]
 * republishes an earlier version's content with a signed rollback marker (./rollback.ts).
 */
import { ensurePackSigningKey } from '../keys/pack-signing.ts';
import { parseArgs } from './args.ts';
import { buildContent } from './build.ts';
import { publishRollback } from './rollback.ts';
import { consoleProgress, formatMs } from './progress.ts';
import { formatError } from './report.ts';
import { formatCoverage } from './coverage.ts';
import { facilityReadings } from './facility-readings.ts';
import { createContentAnnotate } from '../furigana/content-hook.ts';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  if (args.rollbackTo !== undefined) {
    const rollback = await publishRollback({
      outDir: args.outDir, to: args.rollbackTo, validityDays: args.validityDays, version: args.version,
      signingKey: async () => (await ensurePackSigningKey()).privateKey,
    });
    if (!rollback.ok) { console.error(rollback.error); return 1; }
    console.info(`content pack ${rollback.version} published: the content of ${args.rollbackTo}, signed as a rollback, valid until ${rollback.manifest.expiresAt}`);
    return 0;
  }
  const progress = consoleProgress();
  console.info(`building content pack from ${args.contentDir} into ${args.outDir}`);
  const started = performance.now();
  // Furigana are computed here, at build time, once; the app only renders them.
  const annotate = await createContentAnnotate({ extraEntries: facilityReadings(args.contentDir) });
  console.info(`loaded the furigana dictionary (${formatMs(performance.now() - started)})`);
  const result = await buildContent({
    ...args,
    annotate,
    progress,
    signingKey: async () => (await ensurePackSigningKey()).privateKey,
  });
  if (result.coverage) for (const line of formatCoverage(result.coverage)) console.info(line);
  if (!result.ok) {
    for (const error of result.errors) console.error(formatError(error));
    console.error(`${result.errors.length} error${result.errors.length === 1 ? '' : 's'} in the content; nothing was written.`);
    return 1;
  }
  console.info(`content pack ${result.version} built in ${formatMs(progress.done())}`);
  return 0;
}

process.exitCode = await main();
