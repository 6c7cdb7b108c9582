import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadQrSigningKey, qrPublicKeyFile } from '../../server/src/lib/qr-signing-key.ts';
import { parseFormDef } from '../../src/lib/forms/form-schema.ts';
import { signCheckedFormQr } from '../../contract/qr/qr-signature.ts';
import { qrSvg } from '../../src/lib/qr/qr-svg.ts';

export interface SignOptions {
  formId: string;
  /** The prefill as typed on the command line: a JSON object of strings. */
  prefillJson?: string;
  origin: string;
  contentDir: string;
  /** Where the SVG goes; default qr-<formId>.svg in the current folder. */
  out?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * `npm run qr -- sign <formId> [prefill json]`: the signed link for a paper notice and its
 * QR code as an SVG. Checked before anything is written, as a device with this machine's
 * pack will check it; an error says what to fix. Throws Error with a readable message.
 */
export async function signNoticeQr(options: SignOptions): Promise<{ url: string; svgPath: string; kid: string }> {
  const prefill = parsePrefill(options.prefillJson);
  const formPath = join(options.contentDir, 'forms', `${options.formId}.json`);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(options.formId)) throw new Error(`"${options.formId}" is not a form id (kebab-case, as in content/forms)`);
  const json = await readFile(formPath, 'utf8').catch(() => {
    throw new Error(`no form "${options.formId}" (expected ${formPath})`);
  });
  const parsed = parseFormDef(JSON.parse(json), formPath);
  if (!parsed.ok) throw new Error(`${formPath} does not parse; run \`npm run content\` to see why`);

  const key = await loadQrSigningKey(options.env ?? process.env);
  if (!key) throw new Error('no QR signing key on this machine: run `npm run keys:qr` (then rebuild the pack, which carries its public half)');
  const shipped = await readFile(join(options.contentDir, qrPublicKeyFile), 'utf8').then((t) => JSON.parse(t) as { x?: string; y?: string }, () => undefined);
  if (shipped?.x !== key.publicJwk.x || shipped.y !== key.publicJwk.y) {
    throw new Error(`${qrPublicKeyFile} is not this key's public half: devices would refuse the code. Run \`npm run keys:qr\` and rebuild the pack`);
  }

  const signed = await signCheckedFormQr(options.origin, parsed.value, prefill, key.privateKey, key.publicJwk);
  if (!signed.ok) throw new Error(`a device would refuse this code (${signed.reason}): ${explain[signed.reason] ?? 'check the origin and the prefill'}`);
  const svgPath = resolve(options.out ?? `qr-${options.formId}.svg`);
  await writeFile(svgPath, qrSvg(signed.url));
  return { url: signed.url, svgPath, kid: key.publicJwk.kid };
}

const explain: Partial<Record<string, string>> = {
  'bad-prefill': 'prefill only fields marked "prefillable" in the form, never personal ones (name, address, phone, email, postal code, date of birth), with non-empty values of at most 200 characters',
  'bad-scheme': 'devices only open https links (plain http only on localhost); pass --origin https://…',
  'too-long': 'the link is over 1024 characters; prefill less',
};

function parsePrefill(text: string | undefined): Record<string, string> {
  if (text === undefined || text === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`prefill is not JSON: ${text}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.values(value).every((v) => typeof v === 'string')) {
    throw new Error('prefill must be a JSON object of strings, e.g. \'{"lightNumber":"IW-12345"}\'');
  }
  return value as Record<string, string>;
}
