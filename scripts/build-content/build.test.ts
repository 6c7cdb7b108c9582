// @vitest-environment node
import { webcrypto } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyManifestSignature } from '../../src/lib/pack/crypto.ts';
import type { GuideFile, PackManifest } from '../../src/lib/content/pack-types.ts';
import { buildSearchIndexes } from '../../src/lib/search/build-index.ts';
import { fixtureFiles, fixtureQrKey, writeFixtureContent } from './test-support/fixture-content.ts';
import { buildFixture } from './test-support/build-fixture.ts';
import { publishRollback } from './rollback.ts';
import { testSigningKey } from './test-support/fixture-content.ts';

const searchIndexer = buildSearchIndexes;

async function readPack(outDir: string) {
  const manifestBytes = await readFile(join(outDir, 'manifest.json'));
  const manifest = JSON.parse(manifestBytes.toString('utf8')) as PackManifest;
  const hashes = new Map(manifest.files.map((f) => [f.path, f.sha256]));
  const json = async (path: string) => JSON.parse(await readFile(join(outDir, 'objects', `${hashes.get(path)}.json`), 'utf8')) as unknown;
  return { manifestBytes: new Uint8Array(manifestBytes), manifest, hashes, json, signature: await readFile(join(outDir, 'manifest.sig'), 'utf8') };
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[join(entry.parentPath, entry.name)] = await readFile(join(entry.parentPath, entry.name), 'base64');
  }
  return out;
}

describe('building a content pack', () => {
  it('writes every document as a content-addressed object named in a signed manifest', async () => {
    const dirs = await writeFixtureContent();
    const { result, keys } = await buildFixture(dirs, { searchIndexer });
    expect(result.ok).toBe(true);
    const pack = await readPack(dirs.outDir);

    expect(pack.manifest.version).toMatch(/^2026\.11\.25-0812-[0-9a-f]{8}$/);
    expect(pack.manifest.files.map((f) => f.path)).toEqual([
      'events.json', 'facilities.json', 'faq.json', 'forms/certificate-by-mail.json', 'forms/index.json',
      'guides/index.json', 'guides/inkan-registration.ja.json', 'guides/juminhyo-copy.en.json', 'guides/juminhyo-copy.ja.json',
      'keys/qr-signing.json', 'meta.json', 'ordinances/index.json', 'ordinances/library-ordinance.json',
      'search/faq.json', 'search/facilities.json', 'search/forms.json', 'search/ordinances.json',
    ].sort());
    for (const file of pack.manifest.files) {
      const bytes = await readFile(join(dirs.outDir, 'objects', `${file.sha256}.json`));
      const digest = Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex');
      expect([digest, bytes.byteLength]).toEqual([file.sha256, file.bytes]);
    }

    const publicJwk = await webcrypto.subtle.exportKey('jwk', keys.publicKey);
    const signature = Buffer.from(pack.signature.trim(), 'base64url');
    expect(signature.byteLength).toBe(64); // IEEE P1363 r||s, not DER
    expect(await webcrypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, keys.publicKey, signature, pack.manifestBytes)).toBe(true);
    expect(await verifyManifestSignature(pack.manifestBytes, pack.signature, publicJwk)).toBe(true);

    expect(await pack.json('meta.json')).toEqual({
      city: 'いわき市',
      asOf: '2026-10-02',
      sample: true,
      documentCounts: { guides: 2, guideTranslations: 1, faq: 1, forms: 1, ordinances: 1, facilities: 2, events: 1 },
    });
  });

  it('carries the city\'s QR public key, signed with everything else, so devices check notices\' codes against it', async () => {
    const dirs = await writeFixtureContent();
    expect((await buildFixture(dirs)).result.ok).toBe(true);
    expect(await (await readPack(dirs.outDir)).json('keys/qr-signing.json')).toEqual(fixtureQrKey);
  });

  it('refuses to build forms without the QR public key, and with a private one', async () => {
    const { ['keys/qr-signing.public.jwk.json']: _key, ...withoutKey } = fixtureFiles;
    const missing = await buildFixture(await writeFixtureContent(withoutKey));
    expect(missing.messages.join('\n')).toMatch(/qr-signing\.public\.jwk\.json:1:1 no QR public key .*npm run keys:qr/);
    const leaked = await buildFixture(await writeFixtureContent({ ...fixtureFiles, 'keys/qr-signing.public.jwk.json': JSON.stringify({ ...fixtureQrKey, d: 'secret' }) }));
    expect(leaked.messages.join('\n')).toMatch(/expected a PUBLIC EC P-256 key/);
  });

  it('writes nothing at all when one file is broken', async () => {
    const broken = { ...fixtureFiles, 'faq/faq.json': fixtureFiles['faq/faq.json']!.replace('"answer"', '"anser"') };
    const dirs = await writeFixtureContent(broken);
    const { result } = await buildFixture(dirs);
    expect(result.ok).toBe(false);
    expect(existsSync(dirs.outDir)).toBe(false);
  });

  it('leaves the previous pack untouched when a rebuild fails', async () => {
    const dirs = await writeFixtureContent();
    expect((await buildFixture(dirs)).result.ok).toBe(true);
    const before = await snapshot(dirs.outDir);
    await writeFile(join(dirs.contentDir, 'events/events.json'), '{"items": [}');
    expect((await buildFixture(dirs)).result.ok).toBe(false);
    expect(await snapshot(dirs.outDir)).toEqual(before);
  });

  it('embeds each guide\'s search segment in the guide\'s own file', async () => {
    const dirs = await writeFixtureContent();
    await buildFixture(dirs, { searchIndexer });
    const guide = (await (await readPack(dirs.outDir)).json('guides/inkan-registration.ja.json')) as GuideFile;
    expect(guide.title).toBeTruthy();
    expect(guide.search?.ids).toEqual(['guides:inkan-registration:ja']);
    expect(guide.search?.terms.map(([term]) => term)).toContain('印鑑');
  });

  it('changes only the edited guide on a rebuild: its search segment travels inside it', async () => {
    const dirs = await writeFixtureContent();
    await buildFixture(dirs, { searchIndexer });
    const first = await readPack(dirs.outDir);

    const guide = join(dirs.contentDir, 'guides/inkan-registration.md');
    await writeFile(guide, (await readFile(guide, 'utf8')).replace('登録する印鑑をお持ちください。', '登録する印鑑と本人確認書類をお持ちください。'));
    const { result } = await buildFixture(dirs, { searchIndexer });
    const second = await readPack(dirs.outDir);

    const changed = [...second.hashes].filter(([path, sha]) => first.hashes.get(path) !== sha).map(([path]) => path);
    expect(changed).toEqual(['guides/inkan-registration.ja.json']);
    expect(result.ok && result.changed).toBe(1);
    const edited = (await second.json('guides/inkan-registration.ja.json')) as GuideFile;
    expect(edited.search?.terms.map(([term]) => term)).toContain('確認');
    // The old objects stay, for clients still installing the previous version.
    for (const sha of first.hashes.values()) expect(existsSync(join(dirs.outDir, 'objects', `${sha}.json`))).toBe(true);
  });

  it('reports each stage with its counts, and says when the search index is skipped', async () => {
    const dirs = await writeFixtureContent();
    const lines: string[] = [];
    await buildFixture(dirs, { progress: { stage: (line) => lines.push(line) } });
    // 7 search docs of guides, FAQ, ordinances and facilities, and one per language of the form (the city's own).
    const formLanguages = Object.keys((JSON.parse(fixtureFiles['forms/certificate-by-mail.json']!) as { title: object }).title).length;
    expect(lines).toEqual([
      'validated 2 guides, 1 guide translations, 1 FAQ, 1 ordinances, 2 facilities, 1 events, 1 forms',
      'checked 4 cross-references',
      `search index skipped (disabled); ${7 + formLanguages} search docs collected`,
      expect.stringMatching(/^wrote 13 files, \d+ KB, 13 changed since last pack — version 2026\.11\.25-0812-/),
    ]);
  });
});

describe('pack expiry and rollback', () => {
  it('signs an expiry the configured number of days after the build, and archives the manifest', async () => {
    const dirs = await writeFixtureContent();
    await buildFixture(dirs, { validityDays: 14 });
    const pack = await readPack(dirs.outDir);
    expect(pack.manifest.createdAt).toBe('2026-11-25T08:12:00.000Z');
    expect(pack.manifest.expiresAt).toBe('2026-12-09T08:12:00.000Z');
    expect(pack.manifest.rollback).toBeUndefined();
    expect(await readFile(join(dirs.outDir, 'manifests', `${pack.manifest.version}.json`))).toEqual(Buffer.from(pack.manifestBytes));
  });

  it('--rollback-to republishes an earlier version\'s files, signed with a marker issued now', async () => {
    const dirs = await writeFixtureContent();
    await buildFixture(dirs);
    const first = await readPack(dirs.outDir);
    const guide = join(dirs.contentDir, 'guides/inkan-registration.md');
    await writeFile(guide, (await readFile(guide, 'utf8')).replace('登録する印鑑をお持ちください。', '登録する印鑑と本人確認書類をお持ちください。'));
    await buildFixture(dirs, { now: new Date('2026-11-26T08:00:00Z') });

    const keys = await testSigningKey();
    const now = new Date('2026-11-27T09:30:00Z');
    const result = await publishRollback({ outDir: dirs.outDir, to: first.manifest.version, signingKey: async () => keys.privateKey, validityDays: 30, now });
    expect(result.ok).toBe(true);
    const rolled = await readPack(dirs.outDir);
    expect(rolled.manifest.version).toBe(`2026.11.27-0930-rollback-to-${first.manifest.version}`);
    expect(rolled.manifest.files).toEqual(first.manifest.files);
    expect(rolled.manifest.createdAt).toBe(first.manifest.createdAt);
    expect(rolled.manifest.rollback).toEqual({ to: first.manifest.version, issuedAt: '2026-11-27T09:30:00.000Z' });
    expect(rolled.manifest.expiresAt).toBe('2026-12-27T09:30:00.000Z');
    const publicJwk = await webcrypto.subtle.exportKey('jwk', keys.publicKey);
    expect(await verifyManifestSignature(rolled.manifestBytes, rolled.signature, publicJwk)).toBe(true);

    expect(await publishRollback({ outDir: dirs.outDir, to: 'never-published', signingKey: async () => keys.privateKey, validityDays: 30 }))
      .toMatchObject({ ok: false, error: expect.stringMatching(/no published manifest/) });
  });
});
