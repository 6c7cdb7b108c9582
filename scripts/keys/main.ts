/**
 * Key tools.
 *   tsx scripts/keys/main.ts pack-key   load (or create a development) pack signing key,
 *                                       write src/config/pack-public-key.json, print its thumbprint
 *   tsx scripts/keys/main.ts departments   make sure every form's department key has a public
 *                                       key in content/keys (development pairs where missing)
 *   tsx scripts/keys/main.ts qr-key     load (or create a development) QR signing key and write
 *                                       its public half to content/keys for the content pack
 */
import { fileURLToPath } from 'node:url';
import { ensurePackSigningKey } from './pack-signing.ts';
import { ensureDevDepartmentKeys } from '../../server/scripts/dev-keys.ts';
import { ensureQrSigningKey } from './qr-signing.ts';

const contentDir = () => process.env.CONTENT_DIR ?? fileURLToPath(new URL('../../content', import.meta.url));

const commands: Record<string, () => Promise<void>> = {
  'pack-key': async () => {
    const key = await ensurePackSigningKey();
    console.info(`public key: src/config/pack-public-key.json (kid ${key.publicJwk.kid})`);
    if (key.privateKeyPath) console.info(`private key: ${key.privateKeyPath}`);
  },
  departments: async () => {
    const written = await ensureDevDepartmentKeys(contentDir());
    console.info(written.length ? `department public keys written: ${written.join(', ')}` : 'department keys: all present');
  },
  'qr-key': async () => {
    const key = await ensureQrSigningKey({ contentDir: contentDir() });
    console.info(`QR signing key (${key.source}): kid ${key.publicJwk.kid}; public half in content/keys for the pack`);
  },
};

const [command] = process.argv.slice(2);
const run = command === undefined ? undefined : commands[command];
if (!run) {
  console.error(`usage: tsx scripts/keys/main.ts <${Object.keys(commands).join('|')}>`);
  process.exitCode = 2;
} else {
  await run();
}
