import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { leveldbTableBlocks } from './leveldb-table';

export interface Finding { file: string; encoding: 'utf-8' | 'utf-16le'; where: 'raw' | 'snappy block' }

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).indexOf(Buffer.from(needle)) !== -1;
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) yield* files(path);
    else if (stat?.isFile()) yield path;
  }
}

/**
 * Searches every file of a browser profile for a string, as UTF-8 and as UTF-16LE
 * (V8 serialises non-Latin-1 strings as two-byte), in the raw bytes and inside the
 * Snappy-compressed blocks of LevelDB tables (IndexedDB, Local Storage, Session Storage).
 */
export function scanProfile(profileDir: string, secret: string): { findings: Finding[]; filesScanned: number; tablesDecoded: number } {
  const needles = [
    { encoding: 'utf-8' as const, bytes: new TextEncoder().encode(secret) },
    { encoding: 'utf-16le' as const, bytes: new Uint8Array(Buffer.from(secret, 'utf16le')) },
  ];
  const findings: Finding[] = [];
  let filesScanned = 0;
  let tablesDecoded = 0;
  for (const path of files(profileDir)) {
    const bytes = new Uint8Array(readFileSync(path));
    filesScanned++;
    const file = relative(profileDir, path);
    for (const n of needles) if (contains(bytes, n.bytes)) findings.push({ file, encoding: n.encoding, where: 'raw' });
    if (/\.(ldb|sst)$/.test(path)) {
      let blocks: Uint8Array[] = [];
      try { blocks = leveldbTableBlocks(bytes); tablesDecoded++; } catch { /* not a table after all: the raw search stands */ }
      for (const block of blocks) {
        for (const n of needles) if (contains(block, n.bytes)) findings.push({ file, encoding: n.encoding, where: 'snappy block' });
      }
    }
  }
  return { findings, filesScanned, tablesDecoded };
}
