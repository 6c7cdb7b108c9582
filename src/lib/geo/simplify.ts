/**
 * Build-time thinning of a city's map layers (Douglas–Peucker), so a survey export of
 * tens of thousands of vertices does not become megabytes in every kiosk's pack. Distances
 * are in metres on a local flat projection (equirectangular at the line's own latitude),
 * which over a city is exact to well under a metre. (`simplify-js` does the same in
 * unit-less x/y; it is not installed here, and the few lines below also keep rings valid.)
 */
export type Position = number[];

const metersPerDegreeLat = 111_195.08;

/** Decimal places kept: 6 is about 0.1 m, finer than any survey a city publishes. */
const roundTo = (n: number) => Math.round(n * 1e6) / 1e6;
const rounded = (p: Position): Position => p.map(roundTo);

/** Squared distance in m² from p to the segment a–b, on a flat projection scaled by kx (m per degree of longitude). */
function segmentDistanceSq(p: Position, a: Position, b: Position, kx: number): number {
  const ax = a[0]! * kx, ay = a[1]! * metersPerDegreeLat;
  const dx = b[0]! * kx - ax, dy = b[1]! * metersPerDegreeLat - ay;
  const px = p[0]! * kx - ax, py = p[1]! * metersPerDegreeLat - ay;
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / lengthSq));
  const ex = px - t * dx, ey = py - t * dy;
  return ex * ex + ey * ey;
}

/** A line thinned so no removed vertex was farther than `meters` from it; ends always kept. */
export function simplifyLine(line: readonly Position[], meters: number): Position[] {
  if (line.length <= 2 || meters <= 0) return line.map(rounded);
  const meanLat = line.reduce((sum, p) => sum + p[1]!, 0) / line.length;
  const kx = metersPerDegreeLat * Math.cos((meanLat * Math.PI) / 180);
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  // An explicit stack instead of recursion: a coastline of 100,000 vertices must not overflow.
  const stack: Array<[number, number]> = [[0, line.length - 1]];
  const toleranceSq = meters * meters;
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let farthestSq = toleranceSq;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistanceSq(line[i]!, line[first]!, line[last]!, kx);
      if (d > farthestSq) { farthest = i; farthestSq = d; }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return line.filter((_, i) => keep[i] === 1).map(rounded);
}

/**
 * A closed ring thinned the same way, split at its first vertex and at the vertex farthest
 * from it (a ring's two ends coincide, so it has no chord of its own). A ring that would
 * fall under the 4 positions GeoJSON needs is kept as it was: a small area must not vanish.
 */
export function simplifyRing(ring: readonly Position[], meters: number): Position[] {
  if (ring.length <= 4 || meters <= 0) return ring.map(rounded);
  const start = ring[0]!;
  let split = 1;
  let best = -1;
  for (let i = 1; i < ring.length - 1; i++) {
    const d = (ring[i]![0]! - start[0]!) ** 2 + (ring[i]![1]! - start[1]!) ** 2;
    if (d > best) { best = d; split = i; }
  }
  const simplified = [...simplifyLine(ring.slice(0, split + 1), meters), ...simplifyLine(ring.slice(split), meters).slice(1)];
  return simplified.length >= 4 ? simplified : ring.map(rounded);
}

interface Geometry { type: string; coordinates?: unknown; geometries?: Geometry[] }

/** Any GeoJSON geometry thinned; points are only rounded. Returns the vertices before and after, for the build's report. */
export function simplifyGeometry<G extends Geometry>(geometry: G, meters: number): { geometry: G; before: number; after: number } {
  let before = 0;
  let after = 0;
  const line = (l: Position[]) => { before += l.length; const s = simplifyLine(l, meters); after += s.length; return s; };
  const ring = (r: Position[]) => { before += r.length; const s = simplifyRing(r, meters); after += s.length; return s; };
  const point = (p: Position) => { before += 1; after += 1; return rounded(p); };
  const walk = (g: Geometry): Geometry => {
    const c = g.coordinates;
    switch (g.type) {
      case 'Point': return { ...g, coordinates: point(c as Position) };
      case 'MultiPoint': return { ...g, coordinates: (c as Position[]).map(point) };
      case 'LineString': return { ...g, coordinates: line(c as Position[]) };
      case 'MultiLineString': return { ...g, coordinates: (c as Position[][]).map(line) };
      case 'Polygon': return { ...g, coordinates: (c as Position[][]).map(ring) };
      case 'MultiPolygon': return { ...g, coordinates: (c as Position[][][]).map((p) => p.map(ring)) };
      case 'GeometryCollection': return { ...g, geometries: (g.geometries ?? []).map(walk) };
      default: return g;
    }
  };
  return { geometry: walk(geometry) as G, before, after };
}
