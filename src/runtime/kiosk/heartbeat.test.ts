import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { database, databaseName } from '../../db/database';
import { installPack } from '../../db/packs';
import { recordRefusedPack } from '../../db/pack-refusal';
import type { PackManifest } from '../../lib/content/pack-types';
import { kioskIdentity } from './kiosk-identity';
import { startHeartbeat } from './heartbeat';

afterEach(async () => {
  vi.unstubAllGlobals();
  kioskIdentity.value = undefined;
  database().close();
  await Dexie.delete(databaseName);
  database().open();
});

describe('the kiosk heartbeat', () => {
  it('reports until when its content is valid and the older pack it refused', async () => {
    const manifest: PackManifest = { version: 'v1', createdAt: '2026-01-01T00:00:00Z', expiresAt: '2026-01-31T15:00:00Z', files: [] };
    await installPack(manifest, JSON.stringify(manifest), 'sig', []);
    await recordRefusedPack({ version: 'v0', reason: 'older', kept: 'v1', at: '2026-01-20T00:00:00Z' });
    kioskIdentity.value = { terminalId: 't-1', deviceToken: 'd'.repeat(43), enrolledAt: '2026-01-01T00:00:00Z' };
    vi.stubGlobal('__APP_VERSION__', '0.1.0');
    const sent = vi.fn<(body: Record<string, unknown>) => void>();
    vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
      sent(JSON.parse(init.body as string) as Record<string, unknown>);
      return new Response(JSON.stringify({ notices: [] }), { status: 200, headers: { 'content-type': 'application/json' } });
    }));
    const stop = startHeartbeat(3600);
    await vi.waitFor(() => expect(sent).toHaveBeenCalled());
    stop();
    expect(sent.mock.calls[0]![0]).toMatchObject({
      packVersion: 'v1',
      packExpiresAt: '2026-01-31T15:00:00.000Z',
      lastError: 'pack-refused v0 older -> v1',
    });
  });
});
