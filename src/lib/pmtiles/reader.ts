import { findEntry, parseDirectory, type Entry } from './directory';
import { headerLength, parseHeader, type Compression, type Header } from './header';
import { zxyToTileId } from './tile-id';

/** Where the bytes come from: HTTP Range requests in the app, a buffer in tests. */
export interface ByteSource { read(offset: number, length: number): Promise<Uint8Array> }

export type OpenResult = { ok: true; reader: PmtilesReader } | { ok: false; reason: 'not-pmtiles' | 'unsupported-version' | 'unsupported-compression' | 'unreadable' };

/** A leaf directory may point to another leaf; the spec's writers use at most this depth. */
const maxDepth = 4;

async function decompress(bytes: Uint8Array, compression: Compression): Promise<Uint8Array> {
  if (compression === 'none' || compression === 'unknown') return bytes;
  if (compression !== 'gzip') throw new Error(`unsupported compression ${compression}`);
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Reads single tiles out of a PMTiles v3 archive: the header, then the root directory,
 * then (for large archives) leaf directories, then the tile's bytes, each by a byte
 * range. Directories are kept once read, so panning costs one range per tile.
 */
export class PmtilesReader {
  private readonly directories = new Map<number, Promise<Entry[]>>();

  private constructor(private readonly source: ByteSource, readonly header: Header) {}

  static async open(source: ByteSource): Promise<OpenResult> {
    let bytes: Uint8Array;
    try {
      bytes = await source.read(0, headerLength);
    } catch {
      return { ok: false, reason: 'unreadable' };
    }
    const parsed = parseHeader(bytes);
    if (!parsed.ok) return parsed;
    const { internalCompression, tileCompression } = parsed.header;
    if (![internalCompression, tileCompression].every((c) => c === 'none' || c === 'gzip' || c === 'unknown')) {
      return { ok: false, reason: 'unsupported-compression' };
    }
    return { ok: true, reader: new PmtilesReader(source, parsed.header) };
  }

  /** The tile's bytes (decompressed), or undefined where the archive has no tile. */
  async tile(z: number, x: number, y: number): Promise<Uint8Array | undefined> {
    const { header } = this;
    if (z < header.minZoom || z > header.maxZoom) return undefined;
    const tileId = zxyToTileId(z, x, y);
    let offset = header.rootDirectoryOffset;
    let length = header.rootDirectoryLength;
    for (let depth = 0; depth < maxDepth; depth++) {
      const entry = findEntry(await this.directory(offset, length), tileId);
      if (!entry) return undefined;
      if (entry.runLength > 0) {
        const bytes = await this.source.read(header.tileDataOffset + entry.offset, entry.length);
        return decompress(bytes, header.tileCompression);
      }
      offset = header.leafDirectoriesOffset + entry.offset;
      length = entry.length;
    }
    return undefined;
  }

  private directory(offset: number, length: number): Promise<Entry[]> {
    let entries = this.directories.get(offset);
    if (!entries) {
      entries = this.source.read(offset, length)
        .then((bytes) => decompress(bytes, this.header.internalCompression))
        .then(parseDirectory);
      this.directories.set(offset, entries);
    }
    return entries;
  }
}

/** Bytes by HTTP Range; a server (or cache) that ignores Range and sends the whole file still works. */
export function httpSource(url: string): ByteSource {
  return {
    async read(offset, length) {
      const response = await fetch(url, { headers: { range: `bytes=${offset}-${offset + length - 1}` } });
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return response.status === 206 ? bytes : bytes.subarray(offset, offset + length);
    },
  };
}
