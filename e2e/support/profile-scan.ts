import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { leveldbTableBlocks } from './leveldb-table';

export interface Finding { file: string; encoding: 'utf-8' | 'utf-16le'; where: 'raw' | 'snappy block' }

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).indexOf(Buffer.from(needle)) !== -1;
}

/** Every file below `dir`, depth first. */
export function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) yield* files(path);
    else if (stat?.isFile()) yield path;
  }
}

export interface ProfileScan {
  findings: Finding[];
  filesScanned: number;
  /** LevelDB tables read to the end, and the data blocks found in them. */
  tablesDecoded: number;
  blocksDecoded: number;
  /** Tables that could not be read: their compressed blocks went unsearched, so the scan proves nothing there. */
  tableErrors: Array<{ file: string; error: string }>;
}

/**
 * Searches every file of a browser profile for a string, as UTF-8 and as UTF-16LE
 * (V8 serialises non-Latin-1 strings as two-byte), in the raw bytes and inside the
 * Snappy-compressed blocks of LevelDB tables (IndexedDB, Local Storage, Session Storage).
 * A table it cannot read is reported, never skipped in silence.
 */
export function scanProfile(profileDir: string, secret: string): ProfileScan {
  const needles = [
    { encoding: 'utf-8' as const, bytes: new TextEncoder().encode(secret) },
    { encoding: 'utf-16le' as const, bytes: new Uint8Array(Buffer.from(secret, 'utf16le')) },
  ];
  const scan: ProfileScan = { findings: [], filesScanned: 0, tablesDecoded: 0, blocksDecoded: 0, tableErrors: [] };
  for (const path of files(profileDir)) {
    const bytes = new Uint8Array(readFileSync(path));
    scan.filesScanned++;
    const file = relative(profileDir, path);
    for (const n of needles) if (contains(bytes, n.bytes)) scan.findings.push({ file, encoding: n.encoding, where: 'raw' });
    // An empty table file (a compaction cut short when Chromium closed) holds nothing to hide.
    if (/\.(ldb|sst)$/.test(path) && bytes.length > 0) {
      let blocks: Uint8Array[];
      try {
        blocks = leveldbTableBlocks(bytes);
      } catch (error) {
        scan.tableErrors.push({ file, error: `${error instanceof Error ? error.message : String(error)} (${bytes.length} bytes)` });
        continue;
      }
      scan.tablesDecoded++;
      scan.blocksDecoded += blocks.length;
      for (const block of blocks) {
        for (const n of needles) if (contains(block, n.bytes)) scan.findings.push({ file, encoding: n.encoding, where: 'snappy block' });
      }
    }
  }
  return scan;
}
