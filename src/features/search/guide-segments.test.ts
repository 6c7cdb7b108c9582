import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { installPack } from '../../db/packs';
import { database, databaseName } from '../../db/database';
import type { PackManifest } from '../../lib/content/pack-types';
import { activePackVersion } from '../../runtime/content/pack-status';
import { readGuidesIndex } from './guide-segments';

afterEach(async () => {
  activePackVersion.value = undefined;
  database().close();
  await Dexie.delete(databaseName);
  database().open();
});

async function install(version: string, docs: Array<[string, unknown]>): Promise<void> {
  const files = docs.map(([path, data]) => ({ path, sha256: '0'.repeat(64), bytes: 1, data }));
  const manifest: PackManifest = { version, createdAt: '2026-11-25T00:00:00Z', files: files.map(({ data: _, ...f }) => f) };
  await installPack(manifest, JSON.stringify(manifest), 's', files);
}

describe("the guides' search index of the active pack", () => {
  it('is the segments of the guide files, read in one go; the guide list is not a guide', async () => {
    await install('1', [
      ['guides/index.json', []],
      ['guides/a.ja.json', { id: 'a', search: { format: 1, ids: ['guides:a:ja'] } }],
      ['guides/b.ja.json', { id: 'b' }],
      ['faq.json', { search: 'not a guide' }],
    ]);
    expect(await readGuidesIndex()).toEqual({
      segments: [
        { source: 'guides/a.ja.json', segment: { format: 1, ids: ['guides:a:ja'] } },
        { source: 'guides/b.ja.json', segment: undefined },
      ],
    });
  });

  it("is a pack's own guides shard when it was built before segments", async () => {
    const shard = { format: 1, ids: [] };
    await install('1', [['guides/a.ja.json', { id: 'a' }], ['search/guides.json', shard]]);
    expect(await readGuidesIndex()).toEqual(shard);
  });
});
