import { webcrypto } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { importQrSigningKey, loadQrSigningKey, qrPrivateKeyPath, qrPublicKeyFile, type QrSigningKey } from '../../server/src/lib/qr-signing-key.ts';

export interface QrKeyOptions {
  contentDir: string;
  env?: NodeJS.ProcessEnv;
  warn?: (line: string) => void;
}

/**
 * The QR signing key for this machine, made on first use like the development pack key,
 * and its public half written to <contentDir>/keys/qr-signing.public.jwk.json, where the
 * content build picks it up for the signed pack. Production: make the key once on the
 * city's machine (this command does) and keep the private file there.
 */
export async function ensureQrSigningKey(options: QrKeyOptions): Promise<QrSigningKey & { generated: boolean }> {
  const env = options.env ?? process.env;
  const warn = options.warn ?? ((line: string) => console.warn(line));
  let key = await loadQrSigningKey(env);
  let generated = false;
  if (!key) {
    const path = qrPrivateKeyPath(env);
    const pair = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    const jwk = await webcrypto.subtle.exportKey('jwk', pair.privateKey);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    // 'wx': never overwrite a key that appeared meanwhile; 0600: the owner only.
    await writeFile(path, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    await chmod(path, 0o600);
    key = await importQrSigningKey(jwk, path);
    generated = true;
    warn(`warning: no QR signing key found; generated a DEVELOPMENT key at ${path}. ` +
      'Codes printed for real notices must be signed with the city key (MADOGUCHI_QR_SIGNING_KEY or MADOGUCHI_KEYS_DIR).');
  }
  const publicPath = join(options.contentDir, qrPublicKeyFile);
  const text = `${JSON.stringify(key.publicJwk, null, 2)}\n`;
  if ((await readFile(publicPath, 'utf8').catch(() => undefined)) !== text) {
    await mkdir(dirname(publicPath), { recursive: true });
    await writeFile(publicPath, text);
  }
  return { ...key, generated };
}
