import { GridLayer, latLngBounds, type Coords, type DoneCallback, type GridLayerOptions } from 'leaflet';
import { openArchive, type Archive, type ArchiveTileType, type OpenProblem } from '../../../lib/pmtiles/archive';

const rasterTypes: Partial<Record<ArchiveTileType, string>> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp', avif: 'image/avif' };

/**
 * Raster tiles drawn from a PMTiles archive onto canvases: no <img> with a blob: URL,
 * so the CSP's img-src needs nothing new. Leaflet puts grid layers in the tile pane,
 * under the schematic GeoJSON and the markers.
 */
class PmtilesGridLayer extends GridLayer {
  constructor(private readonly archive: Archive, private readonly mime: string, options: GridLayerOptions) {
    super(options);
  }

  protected override createTile(coords: Coords, done: DoneCallback): HTMLElement {
    const canvas = document.createElement('canvas');
    const size = this.getTileSize();
    canvas.width = size.x;
    canvas.height = size.y;
    void this.archive.tile(coords.z, coords.x, coords.y).then(async (bytes) => {
      // No tile here (sea, or outside the extract): a transparent square, the schematic shows through.
      if (bytes) {
        const bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type: this.mime }));
        canvas.getContext('2d')?.drawImage(bitmap, 0, 0, size.x, size.y);
        bitmap.close();
      }
      done(undefined, canvas);
    }, (error: unknown) => done(error instanceof Error ? error : new Error(String(error)), canvas));
    return canvas;
  }
}

export type BasemapResult = { ok: true; layer: GridLayer } | { ok: false; reason: OpenProblem | 'vector-tiles' };

/** Opens the archive (one range for header and root directory) and makes its layer; any problem is a value, and the map goes on without it. */
export async function pmtilesLayer(url: string): Promise<BasemapResult> {
  const opened = await openArchive(url);
  if (!opened.ok) return opened;
  const { header } = opened.archive;
  const mime = rasterTypes[header.tileType];
  // Vector tiles need a style renderer (protomaps-leaflet), which the app does not ship.
  if (!mime) return { ok: false, reason: 'vector-tiles' };
  const [west, south, east, north] = header.bounds;
  return {
    ok: true,
    layer: new PmtilesGridLayer(opened.archive, mime, {
      minNativeZoom: header.minZoom,
      // Beyond the archive's deepest zoom Leaflet enlarges its tiles instead of asking for missing ones.
      maxNativeZoom: header.maxZoom,
      bounds: latLngBounds([south, west], [north, east]),
      className: 'disaster-map__basemap',
    }),
  };
}
