import { describe, expect, it } from 'vitest';
import { importKeyFile, type LoadedKey } from '../keys/key-ring';
import { departmentKeyPair, sealed } from '../test/keys';
import { openSubmission } from './open-submission';

const id = '019a0000-0000-7000-8000-000000000001';
const payload = { id, formId: 'opinion', keyId: 'kocho-2026', lang: 'ja', answers: { body: 'ご意見です' } };

async function ringWith(...jwks: object[]): Promise<Map<string, LoadedKey>> {
  const ring = new Map<string, LoadedKey>();
  for (const jwk of jwks) {
    const result = await importKeyFile(JSON.stringify(jwk));
    if (result.ok) for (const k of result.value) ring.set(k.keyId, k);
  }
  return ring;
}

describe('opening a submission in the browser', () => {
  it('decrypts with the department’s key and reads the answers', async () => {
    const { publicJwk, privateJwk } = await departmentKeyPair('kocho-2026');
    const ciphertext = await sealed(payload, publicJwk, 'kocho-2026');
    const result = await openSubmission({ id, formId: 'opinion', keyId: 'kocho-2026', ciphertext }, await ringWith(privateJwk));
    expect(result).toEqual({ ok: true, value: { keyId: 'kocho-2026', payload, mismatch: false } });
  });

  it('names the key to import when it is not loaded', async () => {
    const { publicJwk } = await departmentKeyPair('kocho-2026');
    const other = await departmentKeyPair('shimin-2026');
    const ciphertext = await sealed(payload, publicJwk, 'kocho-2026');
    const result = await openSubmission({ id, formId: 'opinion', keyId: null, ciphertext }, await ringWith(other.privateJwk));
    expect(result).toEqual({ ok: false, error: { kind: 'no-key', keyId: 'kocho-2026' } });
  });

  it('says the key does not fit when a key of the same name cannot open it', async () => {
    const { publicJwk } = await departmentKeyPair('kocho-2026');
    const impostor = await departmentKeyPair('kocho-2026');
    const ciphertext = await sealed(payload, publicJwk, 'kocho-2026');
    const result = await openSubmission({ id, formId: 'opinion', keyId: 'kocho-2026', ciphertext }, await ringWith(impostor.privateJwk));
    expect(result).toEqual({ ok: false, error: { kind: 'cannot-decrypt', keyId: 'kocho-2026' } });
  });

  it('warns when the sealed id or form differ from where the server filed it', async () => {
    const { publicJwk, privateJwk } = await departmentKeyPair('kocho-2026');
    const ciphertext = await sealed(payload, publicJwk, 'kocho-2026');
    const moved = '019a0000-0000-7000-8000-000000000002';
    const result = await openSubmission({ id: moved, formId: 'opinion', keyId: 'kocho-2026', ciphertext }, await ringWith(privateJwk));
    expect(result.ok && result.value.mismatch).toBe(true);
  });

  it('refuses a ciphertext that is not a JWE', async () => {
    const result = await openSubmission({ id, formId: 'opinion', keyId: null, ciphertext: 'garbage' }, new Map());
    expect(result).toEqual({ ok: false, error: { kind: 'unknown-key' } });
  });
});
