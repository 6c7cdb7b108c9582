import { exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { textToBase64Url } from '../../../contract/qr/base64url';
import { decryptSubmission, encryptAnswers, importPrivateKey, submissionKeyId } from './encrypt';

async function departmentKey() {
  const { publicKey, privateKey } = await generateKeyPair('ECDH-ES+A256KW', { crv: 'P-256', extractable: true });
  return { publicJwk: await exportJWK(publicKey), privateJwk: await exportJWK(privateKey) };
}

const canary = 'CANARY-磐城太郎-090-1234-5678';
const payload = { formId: 'opinion', answers: { body: canary } };

describe('encrypting answers for the department', () => {
  it('lets the department read what the citizen sent', async () => {
    const { publicJwk, privateJwk } = await departmentKey();
    const jwe = await encryptAnswers(payload, publicJwk, 'kocho-2026');
    expect(jwe.split('.')).toHaveLength(5);
    expect(submissionKeyId(jwe)).toBe('kocho-2026');
    expect(await decryptSubmission(jwe, await importPrivateKey(privateJwk))).toEqual(payload);
  });

  it('never carries the answers in readable form', async () => {
    const { publicJwk } = await departmentKey();
    const jwe = await encryptAnswers(payload, publicJwk, 'kocho-2026');
    const header = JSON.parse(atob(jwe.split('.')[0]!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    expect(header).toMatchObject({ alg: 'ECDH-ES+A256KW', enc: 'A256GCM', kid: 'kocho-2026', cty: 'application/json' });
    for (const leak of [canary, 'CANARY', textToBase64Url(JSON.stringify(payload)), textToBase64Url(canary).slice(0, 12)]) {
      expect(jwe).not.toContain(leak);
    }
  });

  it('encrypts the same answers differently every time', async () => {
    const { publicJwk } = await departmentKey();
    expect(await encryptAnswers(payload, publicJwk, 'k')).not.toBe(await encryptAnswers(payload, publicJwk, 'k'));
  });

  it('cannot be read with another department key', async () => {
    const { publicJwk } = await departmentKey();
    const other = await departmentKey();
    const jwe = await encryptAnswers(payload, publicJwk, 'kocho-2026');
    await expect(decryptSubmission(jwe, await importPrivateKey(other.privateJwk))).rejects.toThrow();
  });

  it('refuses a submission changed in transit', async () => {
    const { publicJwk, privateJwk } = await departmentKey();
    const parts = (await encryptAnswers(payload, publicJwk, 'kocho-2026')).split('.');
    const ciphertext = parts[3]!;
    parts[3] = (ciphertext[0] === 'A' ? 'B' : 'A') + ciphertext.slice(1);
    await expect(decryptSubmission(parts.join('.'), await importPrivateKey(privateJwk))).rejects.toThrow();
  });

  it('keeps the staff private key non-extractable', async () => {
    const { privateJwk } = await departmentKey();
    const key = await importPrivateKey(privateJwk);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', key)).rejects.toThrow();
  });

  it('refuses to encrypt with a private key or a key of another form', async () => {
    const { publicJwk, privateJwk } = await departmentKey();
    await expect(encryptAnswers(payload, privateJwk, 'kocho-2026')).rejects.toThrow(/public key/);
    await expect(encryptAnswers(payload, { ...publicJwk, kid: 'shimin-2026' }, 'kocho-2026')).rejects.toThrow(/not the form's key/);
  });

  it('has no key id for something that is not a JWE', () => {
    expect(submissionKeyId('not a jwe')).toBeUndefined();
  });
});
