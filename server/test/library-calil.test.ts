import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createCalilAvailability } from '../src/library/calil-availability.js';
import { replaceCatalogue } from '../src/library/import-catalogue.js';
import { sampleCatalogue } from '../src/library/sample-catalogue.js';
import { buildTestApp } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';

/**
 * A local stand-in for カーリル's /check: the first answer says "still looking"
 * (continue: 1) with a session, the second gives each branch's status by the library's
 * own branch names, as the real service does.
 */
function calilStandIn() {
  const requests: URLSearchParams[] = [];
  let down = false;
  const server = createServer((req, res) => {
    const query = new URL(req.url ?? '/', 'http://x').searchParams;
    requests.push(query);
    if (down) {
      res.writeHead(503).end();
      return;
    }
    res.setHeader('content-type', 'application/json');
    if (!query.has('session')) {
      res.end(JSON.stringify({ session: 's1', continue: 1, books: {} }));
      return;
    }
    res.end(JSON.stringify({
      session: 's1',
      continue: 0,
      books: {
        // 銀河鉄道の夜 of the sample (ISBN-13 9784000000017), asked by its ISBN-10.
        '4000000012': { Fukushima_Iwaki: { status: 'OK', libkey: { 総合図書館: '貸出可', 小名浜図書館: '貸出中', どこか: '貸出可' } } },
      },
    }));
  });
  return {
    requests,
    setDown: (value: boolean) => { down = value; },
    start: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.shuffle('カーリル-style availability', () => {
  const standIn = calilStandIn();
  let t: TestApp;
  beforeAll(async () => {
    const baseUrl = await standIn.start();
    const lookup = createCalilAvailability({ baseUrl, appKey: 'k', systemId: 'Fukushima_Iwaki', pollIntervalMs: 10 });
    t = await buildTestApp({ name: 'sqlite' }, { libraryAvailability: lookup });
    await replaceCatalogue(t.app.db, t.app.dbDialect, sampleCatalogue(10));
  });
  afterAll(async () => {
    await t.close();
    await standIn.stop();
  });

  it('shows each branch as the service reports it, asking again while it says continue', async () => {
    standIn.requests.length = 0;
    const response = await t.app.inject({ url: '/api/library/search?q=9784000000017' });
    expect(response.json()).toMatchObject({ records: [{ title: '銀河鉄道の夜', holdings: [{ branch: 'sogo', status: 'available' }, { branch: 'onahama', status: 'on_loan' }] }] });
    expect(standIn.requests.map((q) => [q.get('isbn'), q.get('session'), q.get('systemid'), q.get('appkey')])).toEqual([
      ['4000000012', null, 'Fukushima_Iwaki', 'k'],
      [null, 's1', null, 'k'],
    ]);
  });

  it('keeps the catalogue statuses when the service is down', async () => {
    standIn.setDown(true);
    try {
      const response = await t.app.inject({ url: '/api/library/search?q=9784000000017' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ records: [{ holdings: [{ branch: 'sogo', status: 'on_loan' }, { branch: 'nakoso', status: 'available' }] }] });
    } finally {
      standIn.setDown(false);
    }
  });
});

describe.shuffle('choosing the availability source', () => {
  it('is the built-in catalogue unless LIBRARY_AVAILABILITY=calil, which needs its key and system', () => {
    expect(loadConfig({}).libraryAvailability).toBeUndefined();
    expect(loadConfig({ LIBRARY_AVAILABILITY: 'calil', CALIL_APP_KEY: 'k', CALIL_SYSTEM_ID: 'Fukushima_Iwaki' }).libraryAvailability).toEqual({ baseUrl: 'https://api.calil.jp', appKey: 'k', systemId: 'Fukushima_Iwaki' });
    expect(() => loadConfig({ LIBRARY_AVAILABILITY: 'calil' })).toThrow(/CALIL_APP_KEY and CALIL_SYSTEM_ID/);
    expect(() => loadConfig({ LIBRARY_AVAILABILITY: 'opac' })).toThrow(/"catalogue" or "calil"/);
  });
});
