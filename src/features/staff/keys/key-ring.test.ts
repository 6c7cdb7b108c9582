import { afterEach, describe, expect, it } from 'vitest';
import { departmentKeyPair } from '../test/keys';
import { addKeys, clearKeys, importKeyFile, keyRing } from './key-ring';

afterEach(() => clearKeys());

describe('department keys from a file', () => {
  it('imports a private key as a non-extractable key under its kid', async () => {
    const { privateJwk } = await departmentKeyPair('kocho-2026');
    const result = await importKeyFile(JSON.stringify(privateJwk));
    if (!result.ok) throw new Error(result.error);
    expect(result.value.map((k) => k.keyId)).toEqual(['kocho-2026']);
    expect(result.value[0]?.key.extractable).toBe(false);
    expect(result.value[0]?.key.type).toBe('private');
  });

  it('takes a key set with several keys', async () => {
    const a = await departmentKeyPair('a-2026');
    const b = await departmentKeyPair('b-2026');
    const result = await importKeyFile(JSON.stringify({ keys: [a.privateJwk, b.privateJwk] }));
    expect(result.ok && result.value.map((k) => k.keyId)).toEqual(['a-2026', 'b-2026']);
  });

  it('tells apart the mistakes a person makes choosing a file', async () => {
    const { publicJwk, privateJwk } = await departmentKeyPair('kocho-2026');
    const { kid: _kid, ...noKid } = privateJwk;
    expect(await importKeyFile('not json')).toEqual({ ok: false, error: 'not-json' });
    expect(await importKeyFile('"text"')).toEqual({ ok: false, error: 'not-a-key' });
    expect(await importKeyFile(JSON.stringify(publicJwk))).toEqual({ ok: false, error: 'public-key' });
    expect(await importKeyFile(JSON.stringify(noKid))).toEqual({ ok: false, error: 'no-key-id' });
    expect(await importKeyFile(JSON.stringify({ ...privateJwk, d: 'AAAA' }))).toEqual({ ok: false, error: 'unusable' });
  });

  it('holds loaded keys by id until cleared', async () => {
    const { privateJwk } = await departmentKeyPair('kocho-2026');
    const result = await importKeyFile(JSON.stringify(privateJwk));
    if (result.ok) addKeys(result.value);
    expect([...keyRing.value.keys()]).toEqual(['kocho-2026']);
    clearKeys();
    expect(keyRing.value.size).toBe(0);
  });
});
