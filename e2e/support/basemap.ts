import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { writePmtiles, type TestTile } from '../../src/lib/pmtiles/test/write-pmtiles';

/** A 1×1 pure red PNG, built here: drawn over a whole tile, one pixel tells a test the basemap is there. */
function redPixelPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0); // width
  header.writeUInt32BE(1, 4); // height
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const pixels = deflateSync(Buffer.from([0, 255, 0, 0])); // filter byte, then R G B
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]));
}
const redPixel = redPixelPng();

function tileRange(zoom: number, west: number, south: number, east: number, north: number) {
  const n = 2 ** zoom;
  const x = (lng: number) => Math.floor(((lng + 180) / 360) * n);
  const y = (lat: number) => {
    const rad = (lat * Math.PI) / 180;
    return Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  };
  const tiles: TestTile[] = [];
  for (let tx = x(west); tx <= x(east); tx++) for (let ty = y(north); ty <= y(south); ty++) tiles.push({ z: zoom, x: tx, y: ty, bytes: redPixel });
  return tiles;
}

/** A raster PMTiles basemap of Iwaki, zooms 9–13, all red, written where the server serves packs. */
export async function writeTestBasemap(packsDir: string, name: string): Promise<number> {
  const tiles = [9, 10, 11, 12, 13].flatMap((z) => tileRange(z, 140.55, 36.82, 141.05, 37.3));
  const file = await writePmtiles(tiles, { gzip: true });
  mkdirSync(join(packsDir, 'tiles'), { recursive: true });
  writeFileSync(join(packsDir, 'tiles', name), file);
  return file.length;
}
