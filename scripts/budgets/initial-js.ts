/**
 * The JS and CSS a first visit must download before the first screen (home) can render,
 * from Vite's build manifest: the entry chunk and its static imports, the home route's
 * chunk and its static imports, and the strings of the start language (Japanese) with
 * their furigana table. Anything imported later is not counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Chunk { file: string; imports?: string[]; css?: string[] }
export type BuildManifest = Record<string, Chunk>;

export interface SizedFile { file: string; kind: 'js' | 'css'; raw: number; gzip: number }

export const firstScreenModules = [
  'index.html',
  'src/features/home/home-screen.tsx',
  'src/locales/ja/common.json',
  'src/generated/ui-ruby/ja/common.json',
];

export function readBuildManifest(dist: string): BuildManifest {
  return JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as BuildManifest;
}

/** Manifest keys of `keys` and everything they import statically. */
export function staticClosure(manifest: BuildManifest, keys: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) visit(dep);
  };
  keys.forEach(visit);
  return seen;
}

const gzipBytes = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

export function firstScreenFiles(dist: string, manifest = readBuildManifest(dist)): SizedFile[] {
  const files = new Map<string, 'js' | 'css'>();
  for (const key of staticClosure(manifest, firstScreenModules)) {
    const chunk = manifest[key]!;
    files.set(chunk.file, 'js');
    for (const css of chunk.css ?? []) files.set(css, 'css');
  }
  return [...files].map(([file, kind]) => {
    const bytes = readFileSync(join(dist, file));
    return { file, kind, raw: bytes.length, gzip: gzipBytes(bytes) };
  }).sort((a, b) => b.gzip - a.gzip);
}

export const sumGzip = (files: readonly SizedFile[], kind: 'js' | 'css'): number =>
  files.filter((f) => f.kind === kind).reduce((sum, f) => sum + f.gzip, 0);
