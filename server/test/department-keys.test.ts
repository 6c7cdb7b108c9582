import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompactEncrypt, compactDecrypt, importJWK } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDepartmentKeyCommand } from '../scripts/department-key.js';
import { ensureDevDepartmentKeys } from '../scripts/dev-keys.js';
import { buildTestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { putSubmission, uuidv7 } from './helpers/submissions.js';

describe.shuffle('department keys', () => {
  let root: string;
  let contentDir: string;
  let env: NodeJS.ProcessEnv;
  let warnings: string[];
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'madoguchi-keys-'));
    contentDir = join(root, 'content');
    env = { MADOGUCHI_KEYS_DIR: join(root, 'keys'), CONTENT_DIR: contentDir };
    warnings = [];
    await mkdir(join(contentDir, 'forms'), { recursive: true });
    await writeFile(join(contentDir, 'forms', 'moving.json'), JSON.stringify({ id: 'moving', keyId: 'shimin-2026' }));
    await writeFile(join(contentDir, 'forms', 'certificate.json'), JSON.stringify({ id: 'certificate', keyId: 'shimin-2026' }));
    await writeFile(join(contentDir, 'forms', 'shelter.json'), JSON.stringify({ id: 'shelter', keyId: 'kiki-kanri-2026' }));
    await writeFile(join(contentDir, 'forms', 'survey.json'), JSON.stringify({ id: 'survey' }));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const ensure = () => ensureDevDepartmentKeys(contentDir, { env, warn: (line) => warnings.push(line) });
  const publicFile = (keyId: string) => join(contentDir, 'keys', `${keyId}.public.jwk.json`);
  const privateFile = (keyId: string) => join(root, 'keys', 'departments', `${keyId}.private.jwk`);
  const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as Record<string, string>;

  it('makes one development pair per key id the forms name, and says so loudly', async () => {
    expect(await ensure()).toEqual(['kiki-kanri-2026', 'shimin-2026']);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('DEVELOPMENT');
    const publicJwk = await readJson(publicFile('shimin-2026'));
    expect(publicJwk).toEqual({ kty: 'EC', crv: 'P-256', x: expect.any(String), y: expect.any(String), kid: 'shimin-2026', use: 'enc', alg: 'ECDH-ES+A256KW' });
    expect(publicJwk).not.toHaveProperty('d');
    expect((await stat(privateFile('shimin-2026'))).mode & 0o777).toBe(0o600);
  });

  it('the public JWK encrypts a form that only the private JWK opens', async () => {
    await ensure();
    const publicKey = await importJWK(await readJson(publicFile('shimin-2026')), 'ECDH-ES+A256KW');
    const answers = JSON.stringify({ name: '磐城 太郎', postalCode: '970-8026' });
    const jwe = await new CompactEncrypt(new TextEncoder().encode(answers))
      .setProtectedHeader({ alg: 'ECDH-ES+A256KW', enc: 'A256GCM', kid: 'shimin-2026' })
      .encrypt(publicKey);

    const privateKey = await importJWK(await readJson(privateFile('shimin-2026')), 'ECDH-ES+A256KW');
    const { plaintext, protectedHeader } = await compactDecrypt(jwe, privateKey);
    expect(new TextDecoder().decode(plaintext)).toBe(answers);
    expect(protectedHeader.kid).toBe('shimin-2026');

    const otherKey = await importJWK(await readJson(privateFile('kiki-kanri-2026')), 'ECDH-ES+A256KW');
    await expect(compactDecrypt(jwe, otherKey)).rejects.toThrow();
  });

  it('does nothing on the next build, and keeps existing keys', async () => {
    await ensure();
    const before = await readFile(publicFile('shimin-2026'), 'utf8');
    expect(await ensure()).toEqual([]);
    expect(await readFile(publicFile('shimin-2026'), 'utf8')).toBe(before);
  });

  it('writes a lost public file again from the private key on this machine, not a new pair', async () => {
    await ensure();
    const before = await readJson(publicFile('shimin-2026'));
    await rm(publicFile('shimin-2026'));
    expect(await ensure()).toEqual(['shimin-2026']);
    expect(await readJson(publicFile('shimin-2026'))).toEqual(before);
  });

  it('refuses a form whose keyId could escape the keys folder', async () => {
    await writeFile(join(contentDir, 'forms', 'evil.json'), JSON.stringify({ id: 'evil', keyId: '../../etc/passwd' }));
    await expect(ensure()).rejects.toThrow('forms/evil.json');
  });

  describe('the department-key command', () => {
    const run = async (args: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runDepartmentKeyCommand(args, { env, out: (l) => out.push(l), err: (l) => err.push(l) });
      return { code, out: out.join('\n'), err: err.join('\n') };
    };

    it('generate writes the private JWK outside the repository and the public JWK into content/keys', async () => {
      const result = await run(['generate', 'doro-kanri-2026']);
      expect(result.code).toBe(0);
      expect(result.out).toContain(privateFile('doro-kanri-2026'));
      expect(await readJson(privateFile('doro-kanri-2026'))).toMatchObject({ kid: 'doro-kanri-2026', d: expect.any(String) });
      expect(await readJson(publicFile('doro-kanri-2026'))).toMatchObject({ kid: 'doro-kanri-2026' });
    });

    it('print-public prints the public half of the private key, without d', async () => {
      await run(['generate', 'doro-kanri-2026']);
      const result = await run(['print-public', 'doro-kanri-2026']);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.out)).toEqual(await readJson(publicFile('doro-kanri-2026')));
    });

    it('--out chooses the private key file', async () => {
      const out = join(root, 'elsewhere', 'k.jwk');
      expect((await run(['generate', 'library-2026', '--out', out])).code).toBe(0);
      expect((await stat(out)).mode & 0o777).toBe(0o600);
    });

    it('never overwrites a private key, and replaces a public key only with --force', async () => {
      await run(['generate', 'doro-kanri-2026']);
      expect(await run(['generate', 'doro-kanri-2026'])).toMatchObject({ code: 1, err: expect.stringContaining('never overwritten') });
      const out = join(root, 'second.jwk');
      expect(await run(['generate', 'doro-kanri-2026', '--out', out])).toMatchObject({ code: 1, err: expect.stringContaining('--force') });
      expect((await run(['generate', 'doro-kanri-2026', '--out', out, '--force'])).code).toBe(0);
    });

    it('refuses to write a private key inside the repository', async () => {
      const inside = join(import.meta.dirname, 'should-not-exist.private.jwk');
      expect(await run(['generate', 'library-2026', '--out', inside])).toMatchObject({ code: 1, err: expect.stringContaining('inside the repository') });
      await expect(stat(inside)).rejects.toThrow();
    });

    it('answers usage with exit code 2, and refuses a bad key id', async () => {
      expect((await run(['rotate', 'x'])).code).toBe(2);
      expect((await run(['generate'])).code).toBe(2);
      expect((await run(['generate', 'Bad/Id'])).code).toBe(1);
    });
  });
});

describe.shuffle.each(testDatabases)('a form encrypted to a generated key on $name', (database) => {
  it('is accepted by PUT /api/submissions like any JWE', async () => {
    const root = await mkdtemp(join(tmpdir(), 'madoguchi-keys-'));
    const t = await buildTestApp(database);
    try {
      const env = { MADOGUCHI_KEYS_DIR: join(root, 'keys'), CONTENT_DIR: join(root, 'content') };
      expect(await runDepartmentKeyCommand(['generate', 'shimin-2026'], { env, out: () => {}, err: () => {} })).toBe(0);
      const jwk = JSON.parse(await readFile(join(root, 'content', 'keys', 'shimin-2026.public.jwk.json'), 'utf8')) as Record<string, string>;
      const ciphertext = await new CompactEncrypt(new TextEncoder().encode('{"a":1}'))
        // As the app seals answers (src/lib/forms/encrypt.ts): the staff console reads only JSON.
        .setProtectedHeader({ alg: 'ECDH-ES+A256KW', enc: 'A256GCM', kid: jwk.kid, cty: 'application/json' })
        .encrypt(await importJWK(jwk, 'ECDH-ES+A256KW'));
      expect((await putSubmission(t.app, uuidv7(), { formId: 'moving-notice', ciphertext })).statusCode).toBe(201);
    } finally {
      await t.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
