import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFormRegistry } from '../src/services/forms.js';

describe.shuffle('the form registry', () => {
  let contentDir: string;
  beforeEach(async () => {
    contentDir = await mkdtemp(join(tmpdir(), 'madoguchi-content-'));
  });
  afterEach(() => rm(contentDir, { recursive: true, force: true }));

  it('knows each form in content/forms, the key it is encrypted to and its department', async () => {
    await mkdir(join(contentDir, 'forms'));
    await writeFile(
      join(contentDir, 'forms', 'moving-notice.json'),
      JSON.stringify({ id: 'moving-notice', keyId: 'shimin-2026', department: { id: 'shimin', name: { ja: '市民課' } }, fields: [] }),
    );
    await writeFile(join(contentDir, 'forms', 'dog-registration.json'), JSON.stringify({ title: { ja: '犬の登録' } }));
    await writeFile(join(contentDir, 'forms', 'README.md'), 'not a form');

    const forms = await loadFormRegistry(contentDir);
    expect(forms.get('moving-notice')).toEqual({ id: 'moving-notice', keyId: 'shimin-2026', department: 'shimin' });
    expect(forms.get('dog-registration')).toEqual({ id: 'dog-registration', keyId: null, department: null });
    expect(forms.list()).toHaveLength(2);
  });

  it('is empty, not an error, before any content exists', async () => {
    expect((await loadFormRegistry(contentDir)).list()).toEqual([]);
  });

  it('stops the start on a broken form file, naming it', async () => {
    await mkdir(join(contentDir, 'forms'));
    await writeFile(join(contentDir, 'forms', 'broken.json'), '{ "id": ');
    await expect(loadFormRegistry(contentDir)).rejects.toThrow('forms/broken.json');
  });

  it('refuses a form id that could not appear in a URL', async () => {
    await mkdir(join(contentDir, 'forms'));
    await writeFile(join(contentDir, 'forms', 'x.json'), JSON.stringify({ id: 'Moving Notice' }));
    await expect(loadFormRegistry(contentDir)).rejects.toThrow('kebab-case');
  });
});
