import { zxyToTileId } from 'pmtiles';

/** A directory entry as the spec lays it out. */
interface Entry { tileId: number; offset: number; length: number; runLength: number }
/** The fixed v3 header. */
const headerLength = 127;

/**
 * A minimal PMTiles v3 writer for tests: tiles in one data section, a root directory,
 * optionally gzip-compressed, and optionally split so the root points to a leaf
 * directory (the path large archives take).
 */
function varints(values: readonly number[]): number[] {
  const out: number[] = [];
  for (let v of values) {
    while (v >= 128) { out.push((v % 128) | 0x80); v = Math.floor(v / 128); }
    out.push(v);
  }
  return out;
}

function directoryBytes(entries: readonly Entry[]): Uint8Array {
  const ids = entries.map((e, i) => e.tileId - (entries[i - 1]?.tileId ?? 0));
  const offsets = entries.map((e, i) => {
    const previous = entries[i - 1];
    return previous && e.offset === previous.offset + previous.length ? 0 : e.offset + 1;
  });
  return new Uint8Array(varints([entries.length, ...ids, ...entries.map((e) => e.runLength), ...entries.map((e) => e.length), ...offsets]));
}

async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export interface TestTile { z: number; x: number; y: number; bytes: Uint8Array }

export async function writePmtiles(tiles: readonly TestTile[], options: { gzip?: boolean; leaf?: boolean; tileType?: number } = {}): Promise<Uint8Array> {
  const sorted = tiles.map((t) => ({ ...t, id: zxyToTileId(t.z, t.x, t.y) })).sort((a, b) => a.id - b.id);
  const entries: Entry[] = [];
  let offset = 0;
  for (const t of sorted) {
    entries.push({ tileId: t.id, offset, length: t.bytes.length, runLength: 1 });
    offset += t.bytes.length;
  }
  const pack = async (e: Entry[]) => (options.gzip ? gzip(directoryBytes(e)) : directoryBytes(e));
  const leaf = options.leaf ? await pack(entries) : new Uint8Array();
  const root = options.leaf ? await pack([{ tileId: entries[0]!.tileId, offset: 0, length: leaf.length, runLength: 0 }]) : await pack(entries);
  const data = new Uint8Array(offset);
  let at = 0;
  for (const t of sorted) { data.set(t.bytes, at); at += t.bytes.length; }

  const rootOffset = headerLength;
  const leafOffset = rootOffset + root.length;
  const dataOffset = leafOffset + leaf.length;
  const file = new Uint8Array(dataOffset + data.length);
  const view = new DataView(file.buffer);
  file.set(new TextEncoder().encode('PMTiles'), 0);
  view.setUint8(7, 3);
  const u64 = (pos: number, value: number) => view.setBigUint64(pos, BigInt(value), true);
  u64(8, rootOffset); u64(16, root.length);
  u64(24, dataOffset); u64(32, 0); // no metadata
  u64(40, leafOffset); u64(48, leaf.length);
  u64(56, dataOffset); u64(64, data.length);
  u64(72, sorted.length); u64(80, entries.length); u64(88, sorted.length);
  view.setUint8(96, 1); // clustered
  view.setUint8(97, options.gzip ? 2 : 1);
  view.setUint8(98, 1); // tiles stored as they are (PNG is compressed already)
  view.setUint8(99, options.tileType ?? 2);
  view.setUint8(100, Math.min(...tiles.map((t) => t.z)));
  view.setUint8(101, Math.max(...tiles.map((t) => t.z)));
  const e7 = (pos: number, degrees: number) => view.setInt32(pos, Math.round(degrees * 1e7), true);
  e7(102, 140.55); e7(106, 36.82); e7(110, 141.05); e7(114, 37.3);
  file.set(root, rootOffset);
  file.set(leaf, leafOffset);
  file.set(data, dataOffset);
  return file;
}

/** Serves a byte array as a reader would see it over HTTP Range, counting the reads. */
/** The archive in memory as the package's byte source, counting reads. */
export function memorySource(file: Uint8Array) {
  const reads: Array<[number, number]> = [];
  return {
    reads,
    getKey: () => 'memory',
    getBytes: async (offset: number, length: number) => {
      reads.push([offset, length]);
      return { data: file.slice(offset, offset + length).buffer };
    },
  };
}
