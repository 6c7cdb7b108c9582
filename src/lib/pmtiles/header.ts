/** The fixed 127-byte header at the start of every PMTiles v3 file. */
export const headerLength = 127;

export type Compression = 'unknown' | 'none' | 'gzip' | 'brotli' | 'zstd';
export type TileType = 'unknown' | 'mvt' | 'png' | 'jpeg' | 'webp' | 'avif';

const compressions: readonly Compression[] = ['unknown', 'none', 'gzip', 'brotli', 'zstd'];
const tileTypes: readonly TileType[] = ['unknown', 'mvt', 'png', 'jpeg', 'webp', 'avif'];

export interface Header {
  rootDirectoryOffset: number;
  rootDirectoryLength: number;
  leafDirectoriesOffset: number;
  tileDataOffset: number;
  internalCompression: Compression;
  tileCompression: Compression;
  tileType: TileType;
  minZoom: number;
  maxZoom: number;
  /** West, south, east, north in degrees. */
  bounds: [number, number, number, number];
}

export type HeaderResult = { ok: true; header: Header } | { ok: false; reason: 'not-pmtiles' | 'unsupported-version' };

/** Reads the header; a file that is not PMTiles v3 is an error value, not a throw. */
export function parseHeader(bytes: Uint8Array): HeaderResult {
  if (bytes.length < headerLength || new TextDecoder().decode(bytes.subarray(0, 7)) !== 'PMTiles') return { ok: false, reason: 'not-pmtiles' };
  if (bytes[7] !== 3) return { ok: false, reason: 'unsupported-version' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, headerLength);
  // Offsets are uint64; files here are far below 2^53 bytes, so a number is exact.
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  const degrees = (at: number) => view.getInt32(at, true) / 1e7;
  return {
    ok: true,
    header: {
      rootDirectoryOffset: u64(8),
      rootDirectoryLength: u64(16),
      leafDirectoriesOffset: u64(40),
      tileDataOffset: u64(56),
      internalCompression: compressions[view.getUint8(97)] ?? 'unknown',
      tileCompression: compressions[view.getUint8(98)] ?? 'unknown',
      tileType: tileTypes[view.getUint8(99)] ?? 'unknown',
      minZoom: view.getUint8(100),
      maxZoom: view.getUint8(101),
      bounds: [degrees(102), degrees(106), degrees(110), degrees(114)],
    },
  };
}
