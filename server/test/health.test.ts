import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './helpers/app.js';
import type { TestApp } from './helpers/app.js';
import { testDatabases } from './helpers/databases.js';

const packageVersion = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe.shuffle.each(testDatabases)('health on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it('reports ok, the app version, which database answers, and the server time', async () => {
    const before = Date.now();
    const res = await t.app.inject('/api/health');

    expect(res.statusCode).toBe(200);
    const body = res.json<{ status: string; version: string; db: string; time: string }>();
    expect(body).toMatchObject({ status: 'ok', version: packageVersion, db: database.name });
    expect(Date.parse(body.time)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('carries the security headers like every response', async () => {
    const res = await t.app.inject('/api/health');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['permissions-policy']).toContain('microphone=()');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('answers 503 when the database is gone, so a load balancer stops sending traffic', async () => {
    const own = await buildTestApp(database);
    try {
      await own.app.db.destroy();
      const res = await own.app.inject('/api/health');
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ error: { code: 'db_unavailable' } });
    } finally {
      await own.close();
    }
  });
});
