import type { Kysely } from 'kysely';
import type { DialectName } from '../db/open.js';
import type { Database } from '../db/schema.js';
import { catalogueSize, replaceCatalogue } from './import-catalogue.js';
import { SAMPLE_SIZE, sampleCatalogue } from './sample-catalogue.js';

/**
 * A fresh server has something to search: the generated sample catalogue, loaded once when
 * the catalogue is empty. A real import replaces it (server/scripts/library-import.ts);
 * `LIBRARY_SAMPLE=off` starts with an empty catalogue instead.
 */
export async function seedSampleCatalogue(db: Kysely<Database>, dialect: DialectName, log: (message: string) => void): Promise<boolean> {
  if ((await catalogueSize(db)) > 0) return false;
  const started = Date.now();
  // Another server starting beside this one may have seeded it since the count above.
  if (!(await replaceCatalogue(db, dialect, sampleCatalogue(SAMPLE_SIZE), { onlyIfEmpty: true }))) return false;
  log(`library: loaded the sample catalogue (${SAMPLE_SIZE} records, marked sample) in ${Date.now() - started} ms`);
  return true;
}
