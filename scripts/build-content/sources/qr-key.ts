import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packPaths, type QrPublicKey } from '../../../src/lib/content/pack-types.ts';
import { qrPublicKeyFile } from '../../../server/src/lib/qr-signing-key.ts';
import { readText } from './files.ts';
import type { ContentSource } from './types.ts';

/**
 * content/keys/qr-signing.public.jwk.json → keys/qr-signing.json: the public half of the
 * city's QR signing key, signed into the pack with everything else. Devices check a
 * notice's code against it; without it every signed or prefilled code is refused, so a
 * pack with forms must carry it (`npm run keys:qr` writes it).
 */
export const qrKeySource: ContentSource = {
  name: 'qr-key',
  async load(ctx) {
    const path = join(ctx.contentDir, qrPublicKeyFile);
    const at = { file: ctx.display(path), line: 1, col: 1 };
    if (!existsSync(path)) {
      if (existsSync(join(ctx.contentDir, 'forms'))) ctx.errors.add(at, 'no QR public key for the forms\' QR codes: run `npm run keys:qr`');
      return undefined;
    }
    let key: unknown;
    try {
      key = JSON.parse(await readText(path));
    } catch {
      ctx.errors.add(at, 'expected a public EC P-256 JWK, got text that is not JSON');
      return undefined;
    }
    const jwk = key as Record<string, unknown>;
    if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.x !== 'string' || typeof jwk.y !== 'string' || 'd' in jwk) {
      ctx.errors.add(at, 'expected a PUBLIC EC P-256 key (kty "EC", crv "P-256", x and y, no "d")');
      return undefined;
    }
    const value: QrPublicKey = { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, ...(typeof jwk.kid === 'string' ? { kid: jwk.kid } : {}) };
    return {
      name: 'qr-key',
      ids: new Set(),
      refs: [],
      counts: {},
      sample: false,
      documents: () => [{ path: packPaths.qrKey, value }],
      searchDocs: () => [],
    };
  },
};
