import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { Dexie } from 'dexie';
import { initI18n, setLanguage } from '../../i18n';
import { database, databaseName } from '../../db/database';
import { installPack } from '../../db/packs';
import { packPaths, type PackManifest } from '../../lib/content/pack-types';
import { activePackVersion } from './pack-status';
import { PackFooter } from './pack-footer';

beforeAll(async () => { await initI18n('ja'); });
afterEach(async () => {
  cleanup();
  await setLanguage('ja');
  database().close();
  await Dexie.delete(databaseName);
  database().open();
  activePackVersion.value = undefined;
});

const meta = { city: 'いわき市', asOf: '2026-11-25', sample: false, documentCounts: {} };
async function install(expiresAt: string): Promise<void> {
  const manifest: PackManifest = {
    version: 'v1', createdAt: '2026-11-25T00:00:00Z', expiresAt,
    files: [{ path: packPaths.meta, sha256: '0'.repeat(64), bytes: 1 }],
  };
  await installPack(manifest, JSON.stringify(manifest), 'sig', [{ path: packPaths.meta, sha256: '0'.repeat(64), bytes: 1, data: meta }]);
  activePackVersion.value = 'v1';
}

describe('the pack footer', () => {
  it('warns, in the reader\'s language, when the content on screen is past the expiry the city signed into it', async () => {
    await install('2026-01-31T15:00:00Z');
    render(<PackFooter />);
    expect((await screen.findByRole('status')).textContent).toBe('この情報は市が定める有効期限（2026年2月1日）を過ぎています。最新ではない可能性があります。');
    cleanup();
    await setLanguage('en');
    render(<PackFooter />);
    expect((await screen.findByRole('status')).textContent).toBe("This information passed the city's expiry date (February 1, 2026) and may be out of date.");
  });

  it('says nothing while the content is within its validity', async () => {
    await install('2999-01-01T00:00:00Z');
    render(<PackFooter />);
    await screen.findByText(/時点の情報です/);
    await new Promise((r) => setTimeout(r, 50)); // the expiry is read after the first render
    expect(screen.queryByRole('status')).toBeNull();
  });
});
