import { readFile, rm, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';
import { publishPack, testPackKey } from './helpers/signed-pack.js';
import { encryptAnswers, putSubmission, uuidv7 } from './helpers/submissions.js';

/** A form the city publishes while the server runs: kiosks get it with the pack, and send to it at once. */
describe.shuffle.each(testDatabases)('forms of the served pack on $name', (database) => {
  const key = testPackKey();
  let packsDir: string;
  let t: TestApp;
  beforeEach(async () => {
    packsDir = await mkdtemp(join(tmpdir(), 'madoguchi-packs-'));
    await publishPack(packsDir, key, 'v1', [{ id: 'opinion', keyId: 'kouhou-2026' }]);
    t = await buildTestApp(database, { packsDir, packPublicKey: key.publicJwk, forms: [] });
  });
  afterEach(async () => {
    await t.close();
    await rm(packsDir, { recursive: true, force: true });
  });

  // Encrypted to the key each pack names, as the app does (the server checks the JWE's kid).
  const keyIds: Record<string, string> = { opinion: 'kouhou-2026', 'dog-registration': 'kankyo-2026', 'forged-form': 'attacker' };
  const send = async (formId: string, id = uuidv7()) => putSubmission(t.app, id, { formId, ciphertext: await encryptAnswers({ a: formId }, keyIds[formId]) });

  it('accepts a form added to the pack after the server started, without a restart', async () => {
    expect((await send('opinion')).statusCode).toBe(201);
    expect((await send('dog-registration')).statusCode).toBe(422);

    await publishPack(packsDir, key, 'v2', [{ id: 'opinion', keyId: 'kouhou-2026' }, { id: 'dog-registration', keyId: 'kankyo-2026', department: 'kankyo' }]);
    const id = uuidv7();
    const res = await send('dog-registration', id);

    expect(res.statusCode).toBe(201);
    // Filed under the department key the pack names, so staff know which key opens it.
    const row = await t.app.db.selectFrom('submissions').select(['form_id', 'key_id']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ form_id: 'dog-registration', key_id: 'kankyo-2026' });
    // …and its department's staff see it (their scope is built from the same forms).
    expect(t.app.forms.get('dog-registration')).toEqual({ id: 'dog-registration', keyId: 'kankyo-2026', department: 'kankyo' });
  });

  it('a pack signed with another key adds no form, and the last trusted pack stays in force', async () => {
    await publishPack(packsDir, testPackKey(), 'forged', [{ id: 'forged-form', keyId: 'attacker' }]);

    expect((await send('forged-form')).statusCode).toBe(422);
    expect((await send('opinion')).statusCode).toBe(201);
  });

  it('a manifest changed after signing adds no form', async () => {
    const manifestPath = join(packsDir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { files: Array<{ path: string }> };
    manifest.files[1]!.path = 'forms/renamed.json';
    await writeFile(manifestPath, JSON.stringify(manifest));

    expect((await send('renamed')).statusCode).toBe(422);
    expect((await send('opinion')).statusCode).toBe(201);
  });
});
