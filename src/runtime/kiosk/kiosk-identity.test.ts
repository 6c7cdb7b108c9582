import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { database, databaseName } from '../../db/database';
import { readSetting } from '../../db/settings';
import { enrolFromUrl } from './kiosk-identity';

afterEach(async () => {
  vi.unstubAllGlobals();
  database().close();
  await Dexie.delete(databaseName);
  database().open();
});

const link = new URL('https://madoguchi.example.jp/?kiosk=yotsukura-01&token=' + 't'.repeat(43));
const answer = (status: number, body: unknown) => vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

describe('enrolment from the operator\'s link', () => {
  it('stores the identity the server answers and takes the token out of the address bar', async () => {
    vi.stubGlobal('fetch', answer(200, { deviceToken: 'd'.repeat(43) }));
    const result = await enrolFromUrl(link);
    expect(result).toMatchObject({ ok: true, identity: { terminalId: 'yotsukura-01', deviceToken: 'd'.repeat(43) } });
    expect(location.search).toBe('');
    expect(await readSetting('kiosk')).toMatchObject({ terminalId: 'yotsukura-01' });
  });

  // A 支所 setting up many terminals at once meets the per-address limit; its tokens are
  // still good, so the operator must not be told to issue new ones.
  it('a 429 is told apart from a refused token, and nothing is stored', async () => {
    vi.stubGlobal('fetch', answer(429, { error: { code: 'rate_limited', message: 'Too many attempts; try again in 40 s' } }));
    expect(await enrolFromUrl(link)).toEqual({ ok: false, reason: 'busy' });
    expect(await readSetting('kiosk')).toBeUndefined();
  });

  it('a wrong, used or expired token is refused', async () => {
    vi.stubGlobal('fetch', answer(403, { error: { code: 'enrolment_refused', message: 'refused' } }));
    expect(await enrolFromUrl(link)).toEqual({ ok: false, reason: 'refused' });
  });
});
