/**
 * Signed QR codes for paper notices.
 *   npm run qr -- sign <formId> [prefill json] [--origin <url>] [--out <file.svg>]
 * Prints the link and writes its QR code as an SVG. The origin defaults to PUBLIC_ORIGIN,
 * else http://localhost:8080 (development). Key: MADOGUCHI_QR_SIGNING_KEY or
 * $MADOGUCHI_KEYS_DIR/qr-signing.private.jwk, the one whose public half the pack carries.
 */
import { fileURLToPath } from 'node:url';
import { signNoticeQr } from './sign.ts';

const usage = 'usage: npm run qr -- sign <formId> [prefill json] [--origin <url>] [--out <file.svg>]';

async function main(argv: string[]): Promise<number> {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const flag = /^--(origin|out)(?:=(.*))?$/.exec(arg);
    if (flag) {
      const value = flag[2] ?? argv[++i];
      if (!value) return fail(`${arg} needs a value`);
      flags.set(flag[1] ?? '', value);
    } else if (arg.startsWith('--')) {
      return fail(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  const [command, formId, prefillJson, ...rest] = positional;
  if (command !== 'sign' || !formId || rest.length > 0) return fail(usage);
  try {
    const result = await signNoticeQr({
      formId,
      prefillJson,
      origin: flags.get('origin') ?? process.env.PUBLIC_ORIGIN ?? 'http://localhost:8080',
      out: flags.get('out'),
      contentDir: process.env.CONTENT_DIR ?? fileURLToPath(new URL('../../content', import.meta.url)),
    });
    console.info(result.url);
    console.info(`QR code: ${result.svgPath} (key ${result.kid})`);
    return 0;
  } catch (error) {
    return fail(`error: ${(error as Error).message}`);
  }
}

function fail(message: string): number {
  console.error(message);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
