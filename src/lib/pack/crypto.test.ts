import { describe, expect, it } from 'vitest';
import { sha256Hex, verifyManifestSignature } from './crypto';

async function signer() {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const publicJwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const sign = async (bytes: Uint8Array<ArrayBuffer>) => {
    const sig = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, bytes));
    return btoa(String.fromCharCode(...sig)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };
  return { publicJwk, sign };
}

describe('pack signature', () => {
  it('verifies a manifest signed by the city key', async () => {
    const { publicJwk, sign } = await signer();
    const bytes = new TextEncoder().encode('{"version":"1"}');
    expect(await verifyManifestSignature(bytes, await sign(bytes), publicJwk)).toBe(true);
  });

  it('refuses a manifest changed after signing, another key, and garbage', async () => {
    const { publicJwk, sign } = await signer();
    const other = await signer();
    const bytes = new TextEncoder().encode('{"version":"1"}');
    const sig = await sign(bytes);
    expect(await verifyManifestSignature(new TextEncoder().encode('{"version":"2"}'), sig, publicJwk)).toBe(false);
    expect(await verifyManifestSignature(bytes, sig, other.publicJwk)).toBe(false);
    expect(await verifyManifestSignature(bytes, 'not-a-signature', publicJwk)).toBe(false);
  });

  it('hashes bytes as lowercase hex sha256', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
