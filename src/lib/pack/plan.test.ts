import { describe, expect, it } from 'vitest';
import { parseManifest, planUpdate } from './plan';
import type { PackManifest } from '../content/pack-types';

const sha = (c: string) => c.repeat(64);
const v1: PackManifest = {
  version: '1', createdAt: '2026-11-01T00:00:00Z',
  files: [
    { path: 'guides/a.ja.json', sha256: sha('a'), bytes: 100 },
    { path: 'guides/b.ja.json', sha256: sha('b'), bytes: 200 },
    { path: 'faq.json', sha256: sha('c'), bytes: 300 },
  ],
};

describe('pack update plan', () => {
  it('downloads only the file whose hash changed', () => {
    const v2: PackManifest = { ...v1, version: '2', files: v1.files.map((f) => (f.path === 'guides/b.ja.json' ? { ...f, sha256: sha('d'), bytes: 210 } : f)) };
    const plan = planUpdate(v1, v2);
    expect(plan.fetch.map((f) => f.path)).toEqual(['guides/b.ja.json']);
    expect(plan.reuse).toHaveLength(2);
    expect(plan.bytesToFetch).toBe(210);
  });

  it('downloads everything on a first install', () => {
    expect(planUpdate(undefined, v1).bytesToFetch).toBe(600);
  });

  it('does not reuse a file that moved to another path with the same content', () => {
    const moved: PackManifest = { ...v1, files: [{ path: 'guides/c.ja.json', sha256: sha('a'), bytes: 100 }] };
    expect(planUpdate(v1, moved).fetch).toHaveLength(1);
  });
});

describe('manifest parsing', () => {
  it('accepts a well-formed manifest', () => {
    expect(parseManifest(JSON.stringify(v1))?.files).toHaveLength(3);
  });
  it('refuses malformed JSON, bad hashes, path traversal and duplicate paths', () => {
    expect(parseManifest('{')).toBeUndefined();
    expect(parseManifest(JSON.stringify({ ...v1, files: [{ path: 'x', sha256: 'zz', bytes: 1 }] }))).toBeUndefined();
    expect(parseManifest(JSON.stringify({ ...v1, files: [{ path: '../x', sha256: sha('a'), bytes: 1 }] }))).toBeUndefined();
    expect(parseManifest(JSON.stringify({ ...v1, files: [v1.files[0], v1.files[0]] }))).toBeUndefined();
  });
  it('refuses signed times that are not times, and a malformed rollback marker', () => {
    expect(parseManifest(JSON.stringify({ ...v1, createdAt: 'yesterday' }))).toBeUndefined();
    expect(parseManifest(JSON.stringify({ ...v1, expiresAt: 42 }))).toBeUndefined();
    expect(parseManifest(JSON.stringify({ ...v1, rollback: { to: 'v0' } }))).toBeUndefined();
    const rollback = { to: 'v0', issuedAt: '2026-12-07T05:00:00Z' };
    expect(parseManifest(JSON.stringify({ ...v1, expiresAt: '2027-01-06T00:00:00Z', rollback }))?.rollback).toEqual(rollback);
  });
});
