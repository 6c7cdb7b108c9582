import { describe, expect, it } from 'vitest';
import { openArchive } from './archive';
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
  const opened = await openArchive(source);
  if (!opened.ok) throw new Error(opened.reason);
  return { archive: opened.archive, source };
}

describe('PMTiles archives through the pmtiles package', () => {
  it('reads the header: raster PNG, zooms and bounds', async () => {
    const { archive } = await open(await writePmtiles(tiles));
    expect(archive.header).toEqual({ tileType: 'png', minZoom: 0, maxZoom: 12, bounds: [140.55, 36.82, 141.05, 37.3] });
  });

  it('returns each tile\'s own bytes, and nothing where the archive has no tile', async () => {
    const { archive } = await open(await writePmtiles(tiles));
    for (const t of tiles) expect(await archive.tile(t.z, t.x, t.y)).toEqual(t.bytes);
    expect(await archive.tile(1, 0, 0)).toBeUndefined();
    expect(await archive.tile(12, 3649, 1602)).toBeUndefined();
    expect(await archive.tile(13, 0, 0)).toBeUndefined(); // beyond the max zoom
  });

  it('reads gzip-compressed directories and follows a leaf directory', async () => {
    const { archive } = await open(await writePmtiles(tiles, { gzip: true, leaf: true }));
    expect(await archive.tile(12, 3648, 1602)).toEqual(bytes(4, 4));
    expect(await archive.tile(0, 0, 0)).toEqual(bytes(1, 1));
  });

  it('reads each directory once: a second tile costs one range request', async () => {
    const { archive, source } = await open(await writePmtiles(tiles, { leaf: true }));
    await archive.tile(12, 3647, 1602);
    const before = source.reads.length;
    await archive.tile(12, 3648, 1602);
    expect(source.reads.length - before).toBe(1);
  });

  it('says a vector archive is one, for the map to refuse it', async () => {
    const { archive } = await open(await writePmtiles(tiles, { tileType: 1 }));
    expect(archive.header.tileType).toBe('vector');
  });

  it('refuses a file that is not PMTiles v3, as a value', async () => {
    expect(await openArchive(memorySource(new Uint8Array(200)))).toEqual({ ok: false, reason: 'not-pmtiles' });
    const v2 = await writePmtiles(tiles);
    v2[7] = 2;
    expect(await openArchive(memorySource(v2))).toEqual({ ok: false, reason: 'unsupported-version' });
    const v4 = await writePmtiles(tiles);
    v4[7] = 4;
    expect(await openArchive(memorySource(v4))).toEqual({ ok: false, reason: 'unsupported-version' });
  });
});
