/**
 * npm run faq:pull — the FAQ proposals staff made in the console (anonymised question and
 * answer, per opinion the citizen allowed to be public) into the content, for review.
 *
 * Appends each proposal not yet pulled to content/faq/from-console.json (CONTENT_DIR) and marks
 * it pulled in the database (DATABASE_URL or DATA_DIR, as the server). Nothing is published
 * here: a person reads the file (git diff), edits or deletes entries, and only then runs
 * `npm run content`, which validates and signs the next pack as for every other FAQ item.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { loadConfig } from '../../server/src/config.ts';
import { openDatabase } from '../../server/src/db/open.ts';
import { faqCategories } from '../../src/lib/content/pack-types.ts';
import { defaultIo, isMain, runAsMain } from '../../server/scripts/lib/cli.ts';
import type { CliIo } from '../../server/scripts/lib/cli.ts';

export const FROM_CONSOLE_FILE = join('faq', 'from-console.json');

interface FaqFileItem { id: string; category: string; question: string; answer: string; tags: string[] }

async function readItems(path: string): Promise<FaqFileItem[]> {
  try {
    return (JSON.parse(await readFile(path, 'utf8')) as { items: FaqFileItem[] }).items;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`${path}: not a FAQ file (${(error as Error).message}); fix it before pulling more`, { cause: error });
  }
}

export async function runFaqPull(overrides: Partial<CliIo> = {}): Promise<number> {
  const io = defaultIo(overrides);
  const config = loadConfig(io.env);
  const path = join(config.contentDir, FROM_CONSOLE_FILE);
  const opened = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    const waiting = await opened.db.selectFrom('faq_proposals').selectAll().where('exported_at', 'is', null).orderBy('proposed_at').execute();
    if (waiting.length === 0) {
      io.out('No FAQ proposals waiting.');
      return 0;
    }
    const items = await readItems(path);
    const known = new Set(items.map((item) => item.id));
    const categories = new Set<string>(faqCategories);
    let added = 0;
    for (const row of waiting) {
      if (!categories.has(row.category)) {
        io.err(`skipped ${row.id}: category "${row.category}" is not one of the FAQ's (${faqCategories.join(', ')})`);
        continue;
      }
      const id = `faq-console-${row.id.replace(/-/g, '').slice(-12)}`;
      if (!known.has(id)) {
        items.push({ id, category: row.category, question: row.question.trim(), answer: row.answer.trim(), tags: [] });
        known.add(id);
        added += 1;
        io.out(`+ ${id} [${row.category}] ${row.question.trim().slice(0, 60)} (proposed by ${row.proposed_by})`);
      }
    }
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify({ sample: false, items }, null, 2)}\n`);
    // Marked only once the file holds them: a failed write leaves them waiting for the next pull.
    await opened.db.updateTable('faq_proposals').set({ exported_at: new Date().toISOString() }).where('id', 'in', waiting.map((row) => row.id)).execute();
    io.out(`${added} written to ${path}. Review it (git diff), edit or delete entries, then run npm run content to build and sign the next pack.`);
    return 0;
  } finally {
    await opened.close();
  }
}

if (isMain(import.meta.url)) runAsMain(() => runFaqPull());
