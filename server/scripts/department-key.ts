/**
 * Department encryption keys.
 *
 *   tsx server/scripts/department-key.ts generate <keyId> [--out <file>] [--force]
 *       new P-256 pair: private JWK to --out or $MADOGUCHI_KEYS_DIR/departments/<keyId>.private.jwk
 *       (default ~/.config/madoguchi/keys/departments/…, mode 0600), public JWK to
 *       content/keys/<keyId>.public.jwk.json (CONTENT_DIR respected)
 *   tsx server/scripts/department-key.ts print-public <keyId> [--in <file>]
 *       the public JWK of a private key file, on stdout
 *
 * Run `generate` on the department's own machine; hand the private file to its staff for
 * the staff console and keep an offline backup. A lost private key means lost submissions.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { defaultIo, isMain, runAsMain } from './lib/cli.js';
import type { CliIo } from './lib/cli.js';
import { checkKeyId, generateDepartmentKey, privateKeyPath, publicHalf, readPrivateKey } from './lib/department-keys.js';

const USAGE = `usage: department-key generate <keyId> [--out <file>] [--force]
       department-key print-public <keyId> [--in <file>]`;

export async function runDepartmentKeyCommand(argv: readonly string[], overrides: Partial<CliIo> = {}): Promise<number> {
  const io = defaultIo(overrides);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { out: { type: 'string' }, in: { type: 'string' }, force: { type: 'boolean' } },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [command, keyId, ...rest] = parsed.positionals;
  if (!keyId || rest.length > 0 || (command !== 'generate' && command !== 'print-public')) {
    io.err(USAGE);
    return 2;
  }
  try {
    checkKeyId(keyId);
    if (command === 'print-public') {
      const jwk = await readPrivateKey(parsed.values.in ?? privateKeyPath(keyId, io.env));
      io.out(JSON.stringify({ ...publicHalf(jwk), kid: jwk.kid || keyId }, null, 2));
      return 0;
    }
    const config = loadConfig(io.env);
    const key = await generateDepartmentKey({
      keyId,
      contentDir: config.contentDir,
      env: io.env,
      repoRoot: config.repoRoot,
      out: parsed.values.out,
      force: parsed.values.force,
    });
    io.out(`private key: ${key.privatePath} (mode 0600; give it to the department's staff, keep an offline backup, never commit it)`);
    io.out(`public key:  ${key.publicPath} (content: ships in the pack, forms with keyId "${keyId}" encrypt to it)`);
    io.out(`thumbprint:  ${key.thumbprint}`);
    return 0;
  } catch (error) {
    io.err((error as Error).message);
    return 1;
  }
}

if (isMain(import.meta.url)) runAsMain(() => runDepartmentKeyCommand(process.argv.slice(2)));
