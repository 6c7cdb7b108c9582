import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, repoRootFrom } from '../src/config.js';

describe.shuffle('configuration from the environment', () => {
  it('has working defaults for a first start', () => {
    const config = loadConfig({}, '/srv/madoguchi');
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dataDir: resolve('./data'),
      databaseUrl: undefined,
      contentDir: '/srv/madoguchi/content',
      staticDir: '/srv/madoguchi/dist',
      packsDir: '/srv/madoguchi/dist-packs',
      packPublicKeyFile: '/srv/madoguchi/src/config/pack-public-key.json',
      logLevel: 'info',
    });
    expect(loadConfig({ PACK_PUBLIC_KEY_FILE: '/etc/madoguchi/pack.public.jwk' }, '/srv/madoguchi').packPublicKeyFile).toBe('/etc/madoguchi/pack.public.jwk');
  });

  it('takes every variable the operator sets', () => {
    const config = loadConfig(
      { PORT: '9000', HOST: '0.0.0.0', DATA_DIR: '/var/lib/madoguchi', DATABASE_URL: 'postgres://db/madoguchi', LOG_LEVEL: 'warn' },
      '/srv/madoguchi',
    );
    expect(config).toMatchObject({ port: 9000, host: '0.0.0.0', dataDir: '/var/lib/madoguchi', databaseUrl: 'postgres://db/madoguchi', logLevel: 'warn' });
  });

  it('trusts no proxy unless told which', () => {
    expect(loadConfig({}, '/srv/madoguchi').trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }, '/srv/madoguchi').trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'loopback,10.0.0.0/8' }, '/srv/madoguchi').trustProxy).toBe('loopback,10.0.0.0/8');
  });

  it('takes PUBLIC_ORIGIN as an origin, with or without a trailing slash', () => {
    expect(loadConfig({ PUBLIC_ORIGIN: 'https://madoguchi.example.jp/' }, '/srv/madoguchi').publicOrigin).toBe('https://madoguchi.example.jp');
    expect(loadConfig({}, '/srv/madoguchi').publicOrigin).toBeUndefined();
  });

  it.each([['PORT', 'eighty'], ['PORT', '70000'], ['LOG_LEVEL', 'loud'], ['PUBLIC_ORIGIN', 'https://example.jp/staff'], ['PUBLIC_ORIGIN', 'example.jp']])('refuses %s=%s with the variable named', (name, value) => {
    expect(() => loadConfig({ [name]: value }, '/srv/madoguchi')).toThrow(name);
  });

  it('takes TRUST_PROXY as addresses, CIDRs or named ranges, and refuses anything else by name', () => {
    expect(loadConfig({ TRUST_PROXY: ' 192.0.2.10, 2001:db8::1 ,uniquelocal' }, '/srv/madoguchi').trustProxy).toBe('192.0.2.10,2001:db8::1,uniquelocal');
    for (const value of ['yes', '1', '192.0.2.300', '10.0.0.0/33', 'loopback,,']) {
      expect(() => loadConfig({ TRUST_PROXY: value }, '/srv/madoguchi'), value).toThrow('TRUST_PROXY');
    }
  });

  it('refuses to start in production without PUBLIC_ORIGIN, saying what to set', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' }, '/srv/madoguchi')).toThrow(/PUBLIC_ORIGIN.*NODE_ENV=production/);
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_ORIGIN: 'https://madoguchi.example.jp' }, '/srv/madoguchi').publicOrigin).toBe(
      'https://madoguchi.example.jp',
    );
    expect(loadConfig({ NODE_ENV: 'development' }, '/srv/madoguchi').publicOrigin).toBeUndefined();
  });

  it('finds the repo root from the source and from the compiled build', () => {
    expect(repoRootFrom('/srv/madoguchi/server/src')).toBe('/srv/madoguchi');
    expect(repoRootFrom('/srv/madoguchi/dist-server/server/src')).toBe('/srv/madoguchi');
  });

  it('finds this repository when loaded from source', () => {
    expect(loadConfig({}).repoRoot).toBe(resolve(import.meta.dirname, '../..'));
  });
});
