import { describe, expect, it } from 'vitest';
import { compress } from 'snappyjs';
import { leveldbTableBlocks } from './leveldb-table';
import { scanProfile } from './profile-scan';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const varint = (n: number): number[] => { const out: number[] = []; while (n >= 0x80) { out.push((n & 0x7f) | 0x80); n >>>= 7; } out.push(n); return out; };

/** One block with one entry (key → value) and a single restart point, as LevelDB writes it. */
function block(key: Uint8Array, value: Uint8Array): Uint8Array {
  const body = [...varint(0), ...varint(key.length), ...varint(value.length), ...key, ...value];
  const restarts = new Uint8Array(8); // restart[0] = 0, count = 1
  new DataView(restarts.buffer).setUint32(4, 1, true);
  return new Uint8Array([...body, ...restarts]);
}

/** A minimal LevelDB table: one Snappy data block, an index block pointing at it, a footer. */
function table(secret: string): Uint8Array {
  const data = compress(block(new TextEncoder().encode('k'), new Uint8Array(Buffer.from(secret, 'utf16le'))));
  const dataBlock = [...data, 1, 0, 0, 0, 0];
  const handle = new Uint8Array([...varint(0), ...varint(data.length)]);
  const index = block(new TextEncoder().encode('k'), handle);
  const indexOffset = dataBlock.length;
  const footer = new Uint8Array(48);
  const handles = [...varint(0), ...varint(0), ...varint(indexOffset), ...varint(index.length)];
  footer.set(handles);
  new DataView(footer.buffer).setBigUint64(40, 0xdb4775248b80fb57n, true);
  return new Uint8Array([...dataBlock, ...index, 0, 0, 0, 0, 0, ...footer]);
}

describe('the profile scanner used by the kiosk no-trace test', () => {
  it('finds a UTF-16 string hidden in a Snappy-compressed LevelDB block, which a raw search misses', () => {
    const bytes = table('CANARY-CANARY-CANARY-CANARY');
    expect(Buffer.from(bytes).indexOf(Buffer.from('CANARY-CANARY-CANARY-CANARY', 'utf16le'))).toBe(-1);
    const blocks = leveldbTableBlocks(bytes);
    expect(blocks).toHaveLength(1);
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    writeFileSync(join(dir, '000005.ldb'), bytes);
    writeFileSync(join(dir, 'plain.log'), 'nothing here');
    const result = scanProfile(dir, 'CANARY-CANARY-CANARY-CANARY');
    expect(result.findings).toEqual([{ file: '000005.ldb', encoding: 'utf-16le', where: 'snappy block' }]);
    expect(scanProfile(dir, 'absent').findings).toEqual([]);
    rmSync(dir, { recursive: true });
  });
});
