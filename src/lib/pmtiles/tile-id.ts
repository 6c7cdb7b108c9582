/**
 * PMTiles v3 numbers every tile of every zoom along one Hilbert curve: all tiles of
 * zoom 0, then zoom 1, … so nearby tiles sit near each other in the file and a small
 * directory covers a whole area. This is the spec's mapping from z/x/y to that id.
 */
export function zxyToTileId(z: number, x: number, y: number): number {
  if (z > 26) throw new RangeError(`zoom ${z} is beyond PMTiles' 26`);
  const n = 2 ** z;
  if (x < 0 || y < 0 || x >= n || y >= n) throw new RangeError(`tile ${z}/${x}/${y} is outside the world`);
  // Tiles of the lower zooms come first: 1 + 4 + 16 + … = (4^z - 1) / 3.
  let id = (4 ** z - 1) / 3;
  let px = x;
  let py = y;
  for (let s = n / 2; s >= 1; s /= 2) {
    const rx = (px & s) > 0 ? 1 : 0;
    const ry = (py & s) > 0 ? 1 : 0;
    id += s * s * ((3 * rx) ^ ry);
    // Rotate the quadrant so the curve continues where the last one ended.
    if (ry === 0) {
      if (rx === 1) { px = s - 1 - px; py = s - 1 - py; }
      [px, py] = [py, px];
    }
  }
  return id;
}
