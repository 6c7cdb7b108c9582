// @vitest-environment node
import { webcrypto } from 'node:crypto';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensurePackSigningKey, privateKeyFileName } from './pack-signing.ts';

async function setup() {
  const dir = await mkdtemp(join(tmpdir(), 'madoguchi-keys-'));
  const lines: string[] = [];
  const options = (env: Record<string, string>) => ({
    env: { MADOGUCHI_KEYS_DIR: join(dir, 'keys'), ...env },
    publicKeyPath: join(dir, 'pack-public-key.json'),
    log: (line: string) => lines.push(line),
    warn: (line: string) => lines.push(line),
  });
  return { dir, lines, options };
}

async function signs(key: CryptoKey, publicJwk: JsonWebKey): Promise<boolean> {
  const data = new TextEncoder().encode('{"version":"1"}');
  const signature = await webcrypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, data);
  const verifier = await webcrypto.subtle.importKey('jwk', publicJwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
  return webcrypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, verifier, signature, data);
}

describe('the pack signing key', () => {
  it('generates a development key, owner-only, with a warning, and reuses it afterwards', async () => {
    const { dir, lines, options } = await setup();
    const first = await ensurePackSigningKey(options({}));
    expect(first.origin).toBe('generated');
    expect(lines.some((l) => l.includes('DEVELOPMENT key'))).toBe(true);
    expect((await stat(join(dir, 'keys', privateKeyFileName))).mode & 0o777).toBe(0o600);

    const published = JSON.parse(await readFile(join(dir, 'pack-public-key.json'), 'utf8')) as JsonWebKey & { kid: string };
    expect(published).toEqual({ kty: 'EC', crv: 'P-256', x: first.publicJwk.x, y: first.publicJwk.y, kid: first.thumbprint });
    expect(await signs(first.privateKey, published)).toBe(true);

    const second = await ensurePackSigningKey(options({}));
    expect([second.origin, second.thumbprint]).toEqual(['file', first.thumbprint]);
    expect(lines.at(-1)).toBe(`pack signing key (file): thumbprint ${first.thumbprint}`);
  });

  it('prefers a key given in MADOGUCHI_PACK_SIGNING_KEY and writes its public half', async () => {
    const { dir, options } = await setup();
    const pair = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    const jwk = await webcrypto.subtle.exportKey('jwk', pair.privateKey);
    const key = await ensurePackSigningKey(options({ MADOGUCHI_PACK_SIGNING_KEY: JSON.stringify(jwk) }));
    expect(key.origin).toBe('env');
    expect(key.publicJwk).toMatchObject({ x: jwk.x, y: jwk.y });
    await expect(stat(join(dir, 'keys', privateKeyFileName))).rejects.toThrow();
  });

  it('refuses a key that is not an EC P-256 private JWK, saying where it came from', async () => {
    const { options } = await setup();
    await expect(ensurePackSigningKey(options({ MADOGUCHI_PACK_SIGNING_KEY: '{"kty":"RSA"}' }))).rejects.toThrow(
      /MADOGUCHI_PACK_SIGNING_KEY: expected an EC P-256 private JWK/,
    );
  });
});
