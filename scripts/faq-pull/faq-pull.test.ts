// @vitest-environment node
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/src/db/open.ts';
import { fixtureFiles, writeFixtureContent } from '../build-content/test-support/fixture-content.ts';
import { buildFixture } from '../build-content/test-support/build-fixture.ts';
import { runFaqPull } from './main.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function proposals(rows: Array<{ id: string; category: string; question: string }>) {
  const dataDir = await mkdtemp(join(tmpdir(), 'madoguchi-faq-pull-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const opened = await openDatabase({ dataDir, databaseUrl: undefined });
  for (const row of rows) {
    await opened.db.insertInto('faq_proposals').values({
      id: row.id, submission_id: 'sub', category: row.category, question: row.question, answer: '交換まで1週間ほどお待ちください。',
      proposed_by: 'kocho', proposed_at: '2026-06-01T00:00:00.000Z', exported_at: null,
    }).execute();
  }
  await opened.close();
  return dataDir;
}

describe('npm run faq:pull', () => {
  it('writes staff’s proposals into the content for review, once, and the next pack build carries them', async () => {
    const dataDir = await proposals([
      { id: '01900000-0000-7000-8000-00000000000a', category: 'facilities', question: '公園の街灯が切れたらどこに連絡しますか。' },
      { id: '01900000-0000-7000-8000-00000000000b', category: 'not-a-category', question: 'この分類はありません。' },
    ]);
    const dirs = await writeFixtureContent();
    const out: string[] = [];
    const err: string[] = [];
    const env = { DATA_DIR: dataDir, CONTENT_DIR: dirs.contentDir, DATABASE_URL: '' };
    expect(await runFaqPull({ env, out: (l) => out.push(l), err: (l) => err.push(l) })).toBe(0);
    const file = JSON.parse(await readFile(join(dirs.contentDir, 'faq', 'from-console.json'), 'utf8')) as { items: Array<Record<string, unknown>> };
    expect(file.items).toEqual([{ id: 'faq-console-00000000000a', category: 'facilities', question: '公園の街灯が切れたらどこに連絡しますか。', answer: '交換まで1週間ほどお待ちください。', tags: [] }]);
    expect(err.join('\n')).toContain('not-a-category');
    expect(out.at(-1)).toContain('npm run content');

    // Pulled once: a second pull finds nothing new and leaves the reviewed file alone.
    const again: string[] = [];
    expect(await runFaqPull({ env, out: (l) => again.push(l), err: () => undefined })).toBe(0);
    expect(again).toEqual(['No FAQ proposals waiting.']);

    const { result } = await buildFixture(dirs);
    expect(result.ok).toBe(true);
  });

  it('a reviewed file that reuses an FAQ id stops the pack build, with the place', async () => {
    const faqId = /"id": "([^"]+)"/.exec(fixtureFiles['faq/faq.json']!)![1]!;
    const dirs = await writeFixtureContent({
      ...fixtureFiles,
      'faq/from-console.json': JSON.stringify({ items: [{ id: faqId, category: 'registry', question: '質問です。', answer: '回答です。', tags: [] }] }, null, 2),
    });
    const { messages } = await buildFixture(dirs);
    expect(messages).toEqual([expect.stringMatching(/^content\/faq\/from-console\.json:\d+:\d+ "items\[0\]\.id": duplicate id "faq-001"/)]);
  });
});
