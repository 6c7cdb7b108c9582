import { FetchSource, PMTiles, TileType, type Source } from 'pmtiles';

/**
 * The glue between the `pmtiles` package (the reader: header, Hilbert ids, directories,
 * decompression) and this app: problems as values, and the header in the terms the map
 * needs. Bytes come by HTTP Range from this origin, which the service worker answers from
 * its whole cached copy (src/sw/basemap-cache.ts).
 */
export type ArchiveTileType = 'png' | 'jpeg' | 'webp' | 'avif' | 'vector' | 'unknown';

export interface ArchiveHeader {
  tileType: ArchiveTileType;
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
}

export interface Archive {
  header: ArchiveHeader;
  /** The tile's bytes (decompressed), or undefined where the archive has none. */
  tile(z: number, x: number, y: number): Promise<Uint8Array | undefined>;
}

export type OpenProblem = 'not-pmtiles' | 'unsupported-version' | 'unreadable';
export type OpenResult = { ok: true; archive: Archive } | { ok: false; reason: OpenProblem };

const tileTypes: Partial<Record<TileType, ArchiveTileType>> = {
  [TileType.Png]: 'png', [TileType.Jpeg]: 'jpeg', [TileType.Webp]: 'webp', [TileType.Avif]: 'avif',
  [TileType.Mvt]: 'vector', [TileType.Mlt]: 'vector',
};

function problemOf(error: unknown): OpenProblem {
  const message = error instanceof Error ? error.message : '';
  if (/magic number/i.test(message)) return 'not-pmtiles';
  if (/spec version/i.test(message)) return 'unsupported-version';
  return 'unreadable';
}

/** Opens an archive (the package reads the header and root directory in one range) from a URL or any byte source. */
export async function openArchive(from: string | Source): Promise<OpenResult> {
  const pmtiles = new PMTiles(typeof from === 'string' ? new FetchSource(from) : from);
  try {
    const h = await pmtiles.getHeader();
    // The header says version ≤ 3 passes; v1/v2 archives have another layout altogether.
    if (h.specVersion < 3) return { ok: false, reason: 'unsupported-version' };
    return {
      ok: true,
      archive: {
        header: { tileType: tileTypes[h.tileType] ?? 'unknown', minZoom: h.minZoom, maxZoom: h.maxZoom, bounds: [h.minLon, h.minLat, h.maxLon, h.maxLat] },
        async tile(z, x, y) {
          const found = await pmtiles.getZxy(z, x, y);
          return found ? new Uint8Array(found.data) : undefined;
        },
      },
    };
  } catch (error) {
    return { ok: false, reason: problemOf(error) };
  }
}
