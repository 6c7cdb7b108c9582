import { compassPoint, type CompassPoint } from './bearing';
import type { LatLng } from './distance';

/**
 * "Head uphill, away from the coast" for a tsunami, without a router or elevation data:
 * the direction away from the nearest stretch of the coastline layer. On the Iwaki coast
 * (as on most of Japan's Pacific shore) inland is uphill; the hint says both, and the
 * straight-line bearing to the chosen site stays beside it.
 *
 * The coastline is drawn with the land on its left (content/map/README.md), so a point on
 * the line itself, or on a pier out at sea, still gets a landward direction.
 */
export type CoastLine = ReadonlyArray<readonly number[]>;

/** Beyond this the sea is not the first danger: no "away from the coast" hint. */
export const COAST_HINT_MAX_METERS = 5000;

const metersPerDegreeLat = 111_195.08;

export interface NearestCoast {
  /** Straight-line distance to the nearest point of the coastline, in metres. */
  meters: number;
  /** Degrees clockwise from north, from the point towards the sea. */
  seaBearing: number;
  /** Degrees clockwise from north, away from the sea (inland). */
  awayBearing: number;
}

/** The nearest point of the coastline and the directions to and away from it; undefined with no coastline. */
export function nearestCoast(from: LatLng, coast: readonly CoastLine[]): NearestCoast | undefined {
  // A flat projection centred on `from`: over a few kilometres it is exact to a few metres.
  const kx = metersPerDegreeLat * Math.cos((from.lat * Math.PI) / 180);
  const xy = (p: readonly number[]) => [(p[0]! - from.lng) * kx, (p[1]! - from.lat) * metersPerDegreeLat] as const;
  let best: { d2: number; x: number; y: number; dx: number; dy: number } | undefined;
  for (const line of coast) {
    for (let i = 0; i + 1 < line.length; i++) {
      const [ax, ay] = xy(line[i]!);
      const [bx, by] = xy(line[i + 1]!);
      const dx = bx - ax, dy = by - ay;
      const lengthSq = dx * dx + dy * dy;
      if (lengthSq === 0) continue;
      // `from` is the origin: project it onto the segment a–b.
      const t = Math.max(0, Math.min(1, (-ax * dx - ay * dy) / lengthSq));
      const x = ax + t * dx, y = ay + t * dy;
      const d2 = x * x + y * y;
      if (!best || d2 < best.d2) best = { d2, x, y, dx, dy };
    }
  }
  if (!best) return undefined;
  const meters = Math.sqrt(best.d2);
  // The land side of the segment: its left, (-dy, dx).
  const landX = -best.dy, landY = best.dx;
  // Away from the nearest point, unless that would point out to sea (on the line, or seaward of it).
  const awayX = -best.x, awayY = -best.y;
  const useNormal = meters < 1 || awayX * landX + awayY * landY <= 0;
  const awayBearing = bearingOf(useNormal ? landX : awayX, useNormal ? landY : awayY);
  return { meters, awayBearing, seaBearing: (awayBearing + 180) % 360 };
}

export interface CoastHint {
  awayBearing: number;
  away: CompassPoint;
  sea: CompassPoint;
  seaMeters: number;
}

/** The hint from where a person starts, for the whole list: only within COAST_HINT_MAX_METERS of the sea. */
export function startHint(from: LatLng, coast: readonly CoastLine[]): CoastHint | undefined {
  const start = nearestCoast(from, coast);
  if (!start || start.meters > COAST_HINT_MAX_METERS) return undefined;
  return { awayBearing: start.awayBearing, away: compassPoint(start.awayBearing), sea: compassPoint(start.seaBearing), seaMeters: start.meters };
}

/**
 * The hint for one tsunami site: given when the site is farther from the sea than where the
 * person starts (it is inland of them) and they start within COAST_HINT_MAX_METERS of it.
 * A site nearer the sea (a tall building on the shore, a hill by the harbour) gets none:
 * "away from the coast" would point away from where they are told to go.
 */
export function coastHint(from: LatLng, site: LatLng, coast: readonly CoastLine[]): (CoastHint & { siteFartherMeters: number }) | undefined {
  const start = startHint(from, coast);
  const there = nearestCoast(site, coast);
  if (!start || !there || there.meters <= start.seaMeters) return undefined;
  return { ...start, siteFartherMeters: there.meters - start.seaMeters };
}

/** The coastline layer's lines (LineString and MultiLineString features). */
export function coastLines(collection: { features: ReadonlyArray<{ geometry: { type: string; coordinates?: unknown } | null }> } | undefined): CoastLine[] {
  const lines: CoastLine[] = [];
  for (const f of collection?.features ?? []) {
    if (f.geometry?.type === 'LineString') lines.push(f.geometry.coordinates as CoastLine);
    else if (f.geometry?.type === 'MultiLineString') lines.push(...(f.geometry.coordinates as CoastLine[]));
  }
  return lines;
}

function bearingOf(east: number, north: number): number {
  const degrees = (Math.atan2(east, north) * 180) / Math.PI;
  return (degrees + 360) % 360;
}
