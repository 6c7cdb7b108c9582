import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyFormQr } from '../../contract/qr/qr-signature.ts';
import { parseFormDef } from '../../src/lib/forms/form-schema.ts';
import { ensureQrSigningKey } from '../keys/qr-signing.ts';
import { signNoticeQr } from './sign.ts';

async function roadLightReport() {
  const parsed = parseFormDef(JSON.parse(await readFile(join(process.cwd(), 'content/forms/road-light-report.json'), 'utf8')), 'road-light-report.json');
  if (!parsed.ok) throw new Error('road-light-report.json does not parse');
  return parsed.value;
}

/** A machine of its own: keys and content in a temporary folder, a development key made on first use. */
async function machine() {
  const root = await mkdtemp(join(tmpdir(), 'madoguchi-qr-cli-'));
  const contentDir = join(root, 'content');
  await mkdir(join(contentDir, 'forms'), { recursive: true });
  await copyFile(join(process.cwd(), 'content/forms/road-light-report.json'), join(contentDir, 'forms', 'road-light-report.json'));
  const env = { MADOGUCHI_KEYS_DIR: join(root, 'keys') };
  const key = await ensureQrSigningKey({ contentDir, env, warn: () => {} });
  return { root, contentDir, env, key };
}

describe('npm run qr -- sign', () => {
  it('prints a link the devices accept and writes its QR code as an SVG', async () => {
    const { root, contentDir, env, key } = await machine();
    const out = join(root, 'light.svg');
    const result = await signNoticeQr({ formId: 'road-light-report', prefillJson: '{"lightNumber":"IW-12345"}', origin: 'https://madoguchi.example.jp', contentDir, out, env });
    expect(await verifyFormQr(result.url, 'https://madoguchi.example.jp', [await roadLightReport()], key.publicJwk)).toMatchObject({
      ok: true, prefill: { lightNumber: 'IW-12345' }, signature: 'valid',
    });
    expect(result.svgPath).toBe(out);
    expect(await readFile(out, 'utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"><rect fill="#ffffff"/);
  });

  it('refuses what a device would refuse, and says why, writing nothing', async () => {
    const { contentDir, env, root } = await machine();
    const run = (prefillJson: string, origin = 'https://madoguchi.example.jp') =>
      signNoticeQr({ formId: 'road-light-report', prefillJson, origin, contentDir, env, out: join(root, 'x.svg') });
    await expect(run('{"details":"x"}')).rejects.toThrow(/bad-prefill/);
    await expect(run('{"lightNumber":1}')).rejects.toThrow(/JSON object of strings/);
    await expect(run('{}', 'http://madoguchi.example.jp')).rejects.toThrow(/bad-scheme/);
    await expect(signNoticeQr({ formId: 'tax-refund', origin: 'https://madoguchi.example.jp', contentDir, env })).rejects.toThrow(/no form "tax-refund"/);
    await expect(readFile(join(root, 'x.svg'))).rejects.toThrow();
  });

  it('refuses a key whose public half the pack would not carry', async () => {
    const { contentDir, root } = await machine();
    const other = { MADOGUCHI_KEYS_DIR: join(root, 'other-keys') };
    await ensureQrSigningKey({ contentDir: join(root, 'elsewhere'), env: other, warn: () => {} });
    await expect(signNoticeQr({ formId: 'road-light-report', origin: 'https://madoguchi.example.jp', contentDir, env: other })).rejects.toThrow(/not this key's public half/);
  });
});
