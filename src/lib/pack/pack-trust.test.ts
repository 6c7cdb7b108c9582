import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PackManifest } from '../content/pack-types';
import { refuseOffered } from './freshness';
import { verifyOffered } from './verify-offered';

/**
 * The two gates a manifest from the network passes (signature and shape, then the
 * signed times), with a real key: a tampered, a replayed and an expired pack are each
 * refused, and only the city's current or rolled-back pack gets through.
 */
const now = new Date('2026-12-07T06:00:00Z');
const sha = (c: string) => c.repeat(64);

async function city() {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const publicKey = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const sign = async (text: string) => {
    const sig = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, new TextEncoder().encode(text)));
    return btoa(String.fromCharCode(...sig)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };
  return { publicKey, sign };
}

const manifest = (version: string, createdAt: string, extra: Partial<PackManifest> = {}): PackManifest => ({
  version, createdAt, expiresAt: new Date(Date.parse(createdAt) + 30 * 86_400_000).toISOString(),
  files: [{ path: 'guides/index.json', sha256: sha('a'), bytes: 10 }, { path: 'forms/keys.json', sha256: sha(version.at(-1) ?? 'b'), bytes: 20 }], ...extra,
});

/** What the updater does with a manifest it fetched, given the active pack. */
async function judge(text: string, signature: string, publicKey: JsonWebKey, active: PackManifest | undefined): Promise<string> {
  const offered = await verifyOffered(text, signature, publicKey);
  if (typeof offered === 'string') return offered;
  return refuseOffered(offered, active, now) ?? 'accepted';
}

describe('packs offered to a terminal', () => {
  const active = manifest('2026.12.01-0900-bbbbbbbb', '2026-12-01T09:00:00Z');
  const older = manifest('2026.11.20-0900-aaaaaaaa', '2026-11-20T09:00:00Z', { expiresAt: '2026-12-20T09:00:00Z' });
  const newer = manifest('2026.12.05-0900-cccccccc', '2026-12-05T09:00:00Z');

  it('the city\'s newer pack is accepted', async () => {
    const { publicKey, sign } = await city();
    const text = JSON.stringify(newer);
    expect(await judge(text, await sign(text), publicKey, active)).toBe('accepted');
  });

  it('a replayed older pack, validly signed and not yet expired, is refused', async () => {
    const { publicKey, sign } = await city();
    const text = JSON.stringify(older);
    expect(await judge(text, await sign(text), publicKey, active)).toBe('older');
  });

  it('an expired pack is refused, even by a terminal with no pack yet', async () => {
    const { publicKey, sign } = await city();
    const text = JSON.stringify(manifest('2026.10.01-0900-dddddddd', '2026-10-01T09:00:00Z'));
    expect(await judge(text, await sign(text), publicKey, undefined)).toBe('expired');
  });

  it('a signed rollback brings the older content back; replayed after a newer pack it is refused', async () => {
    const { publicKey, sign } = await city();
    const rollback = { ...older, version: '2026.12.03-0900-rollback-to-2026.11.20-0900-aaaaaaaa',
      expiresAt: '2027-01-02T09:00:00Z', rollback: { to: older.version, issuedAt: '2026-12-03T09:00:00Z' } };
    const text = JSON.stringify(rollback);
    expect(await judge(text, await sign(text), publicKey, active)).toBe('accepted');
    expect(await judge(text, await sign(text), publicKey, newer)).toBe('older');
  });

  it('an older pack re-dated or given a rollback marker without the city\'s key is refused', async () => {
    const { publicKey, sign } = await city();
    const signature = await sign(JSON.stringify(older));
    const redated = JSON.stringify({ ...older, createdAt: '2026-12-06T00:00:00Z' });
    const marked = JSON.stringify({ ...older, rollback: { to: older.version, issuedAt: '2026-12-06T00:00:00Z' } });
    expect(await judge(redated, signature, publicKey, active)).toBe('bad-signature');
    expect(await judge(marked, signature, publicKey, active)).toBe('bad-signature');
  });

  it('no tampering with a signed manifest\'s bytes gets it accepted (property: 300 random edits)', async () => {
    const { publicKey, sign } = await city();
    const text = JSON.stringify(newer);
    const signature = await sign(text);
    await fc.assert(fc.asyncProperty(
      fc.integer({ min: 0, max: text.length - 1 }), fc.integer({ min: 32, max: 126 }), fc.boolean(),
      async (at, code, remove) => {
        const tampered = remove ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + String.fromCharCode(code) + text.slice(at + 1);
        fc.pre(tampered !== text);
        return (await judge(tampered, signature, publicKey, active)) === 'bad-signature';
      },
    ), { numRuns: 300 });
  });
});
