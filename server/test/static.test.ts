import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

/** A tiny build output shaped like Vite's and a tiny content pack. */
async function makeBuild(root: string): Promise<{ staticDir: string; packsDir: string }> {
  const staticDir = join(root, 'dist');
  const packsDir = join(root, 'dist-packs');
  await mkdir(join(staticDir, 'assets'), { recursive: true });
  await mkdir(join(packsDir, 'files'), { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>窓口</title><script type="module" src="/assets/app-abc123.js"></script>');
  await writeFile(join(staticDir, 'sw.js'), 'self.addEventListener("install", () => {});');
  await writeFile(join(staticDir, 'registerSW.js'), '/* register */');
  await writeFile(join(staticDir, 'manifest.webmanifest'), '{"name":"Madoguchi"}');
  await writeFile(join(staticDir, 'assets', 'app-abc123.js'), 'console.log("app");');
  await writeFile(join(packsDir, 'manifest.json'), '{"version":"2026.11.25"}');
  await writeFile(join(packsDir, 'manifest.sig'), 'sig');
  await writeFile(join(packsDir, 'files', 'guides.3f2a9c.json'), '[]');
  // As scripts/precompress leaves them: a brotli copy beside the original.
  await writeFile(join(packsDir, 'files', 'faq.9b1e0d.json'), '[{"q":"ごみ"}]');
  await writeFile(join(packsDir, 'files', 'faq.9b1e0d.json.br'), brotliCompressSync('[{"q":"ごみ"}]'));
  return { staticDir, packsDir };
}

describe.shuffle.each(testDatabases)('serving the app on $name', (database) => {
  let t: TestApp;
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'madoguchi-static-'));
    t = await buildTestApp(database, await makeBuild(root));
  });
  afterAll(async () => {
    await t.close();
    await rm(root, { recursive: true, force: true });
  });

  it('a pack file with a brotli copy is sent compressed to a browser that accepts it, and plain to one that does not', async () => {
    const compressed = await t.app.inject({ url: '/packs/files/faq.9b1e0d.json', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(compressed.headers['content-type']).toContain('application/json');
    expect(compressed.headers.vary).toContain('accept-encoding');
    expect(compressed.headers['cache-control']).toBe(IMMUTABLE);
    expect(brotliDecompressSync(compressed.rawPayload).toString()).toBe('[{"q":"ごみ"}]');
    const plain = await t.app.inject({ url: '/packs/files/faq.9b1e0d.json', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('[{"q":"ごみ"}]');
  });

  it('hashed assets are cached for a year and never revalidated', async () => {
    const res = await t.app.inject('/assets/app-abc123.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
  });

  it.each(['/', '/index.html', '/sw.js', '/registerSW.js', '/manifest.webmanifest'])(
    '%s is revalidated on every load so an update is seen at once',
    async (url) => {
      const res = await t.app.inject({ url, headers: html });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
    },
  );

  it('the app shell carries a strict CSP and the permissions the kiosk needs', async () => {
    const res = await t.app.inject({ url: '/', headers: html });
    const csp = String(res.headers['content-security-policy']);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data: blob:",
      "worker-src 'self' blob:",
      "media-src 'self' blob: mediastream:",
      "object-src 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['permissions-policy']).toMatch(/camera=\(self\).*geolocation=\(self\)/);
  });

  it('a navigation to a client-side route gets the app shell', async () => {
    const res = await t.app.inject({ url: '/guides/gomi?lang=en', headers: html });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toContain('<title>窓口</title>');
  });

  it('a missing asset is a 404, not the app shell', async () => {
    const res = await t.app.inject({ url: '/assets/app-gone99.js', headers: html });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('a fetch (not a navigation) of an unknown path is a JSON 404', async () => {
    const res = await t.app.inject({ url: '/guides/gomi', headers: { accept: 'application/json' } });
    expect(res.statusCode).toBe(404);
  });

  it('the pack manifest and signature are revalidated; hash-named pack files are immutable', async () => {
    expect((await t.app.inject('/packs/manifest.json')).headers['cache-control']).toBe('no-cache');
    expect((await t.app.inject('/packs/manifest.sig')).headers['cache-control']).toBe('no-cache');
    const file = await t.app.inject('/packs/files/guides.3f2a9c.json');
    expect(file.statusCode).toBe(200);
    expect(file.headers['cache-control']).toBe(IMMUTABLE);
  });
});

describe.shuffle.each(testDatabases)('before the app is built, on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it('/ tells the operator to run npm run build, and the API still works', async () => {
    const res = await t.app.inject({ url: '/', headers: html });
    expect(res.statusCode).toBe(503);
    expect(res.json<{ error: { message: string } }>().error.message).toContain('npm run build');
    expect((await t.app.inject('/api/health')).statusCode).toBe(200);
  });
});
