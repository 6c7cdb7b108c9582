import type { PackManifest } from '../content/pack-types';
import { verifyManifestSignature } from './crypto';
import { parseManifest } from './plan';

/**
 * The first gate for a manifest from the network: its signature over the exact bytes
 * (the city's public key), then its shape. Whether it may replace the active pack is
 * the second gate (./freshness.ts).
 */
export async function verifyOffered(text: string, signature: string, publicKey: JsonWebKey): Promise<PackManifest | 'bad-signature' | 'bad-manifest'> {
  if (!(await verifyManifestSignature(new TextEncoder().encode(text), signature, publicKey))) return 'bad-signature';
  return parseManifest(text) ?? 'bad-manifest';
}
