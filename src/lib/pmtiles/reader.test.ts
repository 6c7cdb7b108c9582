import { describe, expect, it } from 'vitest';
import { PmtilesReader } from './reader';
import { zxyToTileId } from './tile-id';
import { memorySource, writePmtiles, type TestTile } from './test/write-pmtiles';

const bytes = (...values: number[]) => new Uint8Array(values);
/** Fake "PNG" payloads: the reader never looks inside a tile. */
const tiles: TestTile[] = [
  { z: 0, x: 0, y: 0, bytes: bytes(1, 1) },
  { z: 1, x: 1, y: 0, bytes: bytes(2, 2, 2) },
  // 小名浜 at zoom 12 and its eastern neighbour.
  { z: 12, x: 3647, y: 1602, bytes: bytes(3) },
  { z: 12, x: 3648, y: 1602, bytes: bytes(4, 4) },
];

async function open(file: Uint8Array) {
  const source = memorySource(file);
  const opened = await PmtilesReader.open(source);
  if (!opened.ok) throw new Error(opened.reason);
  return { reader: opened.reader, source };
}

describe('Hilbert tile ids (PMTiles v3 spec values)', () => {
  it('number zoom 0, then zoom 1 along the curve, then zoom 2', () => {
    expect(zxyToTileId(0, 0, 0)).toBe(0);
    expect([zxyToTileId(1, 0, 0), zxyToTileId(1, 0, 1), zxyToTileId(1, 1, 1), zxyToTileId(1, 1, 0)]).toEqual([1, 2, 3, 4]);
    expect(zxyToTileId(2, 0, 0)).toBe(5);
    expect(zxyToTileId(12, 0, 0)).toBe((4 ** 12 - 1) / 3);
  });

  it('refuses a tile outside the world', () => {
    expect(() => zxyToTileId(1, 2, 0)).toThrow(RangeError);
  });
});

describe('PMTiles reader', () => {
  it('reads the header: raster PNG, zooms and bounds', async () => {
    const { reader } = await open(await writePmtiles(tiles));
    expect(reader.header).toMatchObject({ tileType: 'png', minZoom: 0, maxZoom: 12, internalCompression: 'none' });
    expect(reader.header.bounds).toEqual([140.55, 36.82, 141.05, 37.3]);
  });

  it('returns each tile\'s own bytes, and nothing where the archive has no tile', async () => {
    const { reader } = await open(await writePmtiles(tiles));
    for (const t of tiles) expect(await reader.tile(t.z, t.x, t.y)).toEqual(t.bytes);
    expect(await reader.tile(1, 0, 0)).toBeUndefined();
    expect(await reader.tile(12, 3649, 1602)).toBeUndefined();
    expect(await reader.tile(13, 0, 0)).toBeUndefined(); // beyond the max zoom: no read at all
  });

  it('reads gzip-compressed directories and follows a leaf directory', async () => {
    const { reader } = await open(await writePmtiles(tiles, { gzip: true, leaf: true }));
    expect(reader.header.internalCompression).toBe('gzip');
    expect(await reader.tile(12, 3648, 1602)).toEqual(bytes(4, 4));
    expect(await reader.tile(0, 0, 0)).toEqual(bytes(1, 1));
  });

  it('reads each directory once: a second tile costs one range request', async () => {
    const { reader, source } = await open(await writePmtiles(tiles, { leaf: true }));
    await reader.tile(12, 3647, 1602);
    const before = source.reads.length;
    await reader.tile(12, 3648, 1602);
    expect(source.reads.length - before).toBe(1);
  });

  it('refuses a file that is not PMTiles v3, as a value', async () => {
    expect(await PmtilesReader.open(memorySource(new Uint8Array(200)))).toEqual({ ok: false, reason: 'not-pmtiles' });
    const v2 = await writePmtiles(tiles);
    v2[7] = 2;
    expect(await PmtilesReader.open(memorySource(v2))).toEqual({ ok: false, reason: 'unsupported-version' });
  });
});
