import type { LatLng } from './distance';

/**
 * A static 3-d tree over points on the unit sphere.
 *
 * Why 3-d and not a 2-d tree on an equirectangular projection: the straight-line (chord)
 * distance between two unit vectors is 2·sin(θ/2), a strictly increasing function of the
 * great-circle angle θ. So the k points nearest by chord ARE the k nearest by haversine,
 * and ordinary Euclidean k-d pruning is exact, with no projection error to bound, no
 * special case at the edges of the data, and no dependence on a reference latitude.
 *
 * Layout (as in kdbush): one permutation array `order`, sorted so that every range
 * [lo, hi) has its median at mid = (lo + hi) >> 1, points left of mid are ≤ it on the
 * range's split axis and points right are ≥. No node objects: three typed arrays.
 */

/** Ranges this small are scanned linearly: cheaper than descending further. */
const leafSize = 8;

export interface UnitVectors {
  /** x, y, z of point i at 3i, 3i+1, 3i+2. */
  readonly xyz: Float64Array;
}

export function toUnitVector(point: LatLng, out: Float64Array = new Float64Array(3), at = 0): Float64Array {
  const lat = (point.lat * Math.PI) / 180;
  const lng = (point.lng * Math.PI) / 180;
  out[at] = Math.cos(lat) * Math.cos(lng);
  out[at + 1] = Math.cos(lat) * Math.sin(lng);
  out[at + 2] = Math.sin(lat);
  return out;
}

export interface KdTree extends UnitVectors {
  readonly size: number;
  /** Point indices, arranged as the implicit tree. */
  readonly order: Int32Array;
  /** Split axis (0, 1, 2) of the node whose median sits at that position of `order`. */
  readonly axes: Uint8Array;
}

export function buildKdTree(points: readonly LatLng[]): KdTree {
  const size = points.length;
  const xyz = new Float64Array(size * 3);
  points.forEach((p, i) => {
    if (!Number.isFinite(p.lat) || !Number.isFinite(p.lng)) throw new RangeError(`point ${i} has no valid coordinates`);
    toUnitVector(p, xyz, i * 3);
  });
  const order = Int32Array.from({ length: size }, (_, i) => i);
  const axes = new Uint8Array(size);

  const split = (lo: number, hi: number): void => {
    if (hi - lo <= leafSize) return;
    // Split on the widest axis: Iwaki is a small, nearly flat patch of the sphere, so
    // cycling x, y, z would spend every third level on an axis with almost no spread.
    const axis = widestAxis(xyz, order, lo, hi);
    const mid = (lo + hi) >> 1;
    select(xyz, order, axis, lo, hi - 1, mid);
    axes[mid] = axis;
    split(lo, mid);
    split(mid + 1, hi);
  };
  split(0, size);
  return { size, xyz, order, axes };
}

function widestAxis(xyz: Float64Array, order: Int32Array, lo: number, hi: number): number {
  let best = 0;
  let bestSpread = -1;
  for (let axis = 0; axis < 3; axis++) {
    let min = Infinity;
    let max = -Infinity;
    for (let i = lo; i < hi; i++) {
      const c = xyz[order[i]! * 3 + axis]!;
      if (c < min) min = c;
      if (c > max) max = c;
    }
    if (max - min > bestSpread) {
      bestSpread = max - min;
      best = axis;
    }
  }
  return best;
}

/**
 * Quickselect (the partition step of Floyd & Rivest, as kdbush uses it): puts the k-th
 * smallest key at position k, smaller ones left, larger ones right. Hoare-style scanning
 * from both ends keeps it linear on average even when many keys are equal (sites sharing
 * one address), where a one-sided partition degrades to quadratic.
 */
function select(xyz: Float64Array, order: Int32Array, axis: number, left: number, right: number, k: number): void {
  const key = (i: number) => xyz[order[i]! * 3 + axis]!;
  while (right > left) {
    const pivot = key(k);
    let i = left;
    let j = right;
    swap(order, left, k);
    if (key(right) > pivot) swap(order, left, right);
    while (i < j) {
      swap(order, i, j);
      i++;
      j--;
      while (key(i) < pivot) i++;
      while (key(j) > pivot) j--;
    }
    if (key(left) === pivot) swap(order, left, j);
    else {
      j++;
      swap(order, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(order: Int32Array, i: number, j: number): void {
  const t = order[i]!;
  order[i] = order[j]!;
  order[j] = t;
}

/**
 * Indices of the k points nearest to `query` (a unit vector) among those `accept` lets
 * through, nearest first; ties go to the lower index so results are deterministic.
 */
export function kdNearest(tree: KdTree, query: Float64Array, k: number, accept: (index: number) => boolean): number[] {
  const { xyz, order, axes } = tree;
  const [qx = 0, qy = 0, qz = 0] = query;
  // The best k so far, sorted ascending by (distance², index). k is small (≤ a few dozen).
  const bestIndex: number[] = [];
  const bestDist: number[] = [];

  const consider = (i: number) => {
    const d2 = (xyz[i * 3]! - qx) ** 2 + (xyz[i * 3 + 1]! - qy) ** 2 + (xyz[i * 3 + 2]! - qz) ** 2;
    if (bestIndex.length === k) {
      const worst = bestDist[k - 1]!;
      if (d2 > worst || (d2 === worst && i > bestIndex[k - 1]!)) return;
    }
    if (!accept(i)) return;
    let at = bestIndex.length;
    while (at > 0 && (bestDist[at - 1]! > d2 || (bestDist[at - 1] === d2 && bestIndex[at - 1]! > i))) at--;
    bestIndex.splice(at, 0, i);
    bestDist.splice(at, 0, d2);
    if (bestIndex.length > k) {
      bestIndex.pop();
      bestDist.pop();
    }
  };

  const search = (lo: number, hi: number): void => {
    if (hi - lo <= leafSize) {
      for (let at = lo; at < hi; at++) consider(order[at]!);
      return;
    }
    const mid = (lo + hi) >> 1;
    const point = order[mid]!;
    const axis = axes[mid]!;
    consider(point);
    const delta = (axis === 0 ? qx : axis === 1 ? qy : qz) - xyz[point * 3 + axis]!;
    const [nearLo, nearHi, farLo, farHi] = delta < 0 ? [lo, mid, mid + 1, hi] : [mid + 1, hi, lo, mid];
    search(nearLo, nearHi);
    // The far side can only hold a point closer than the current k-th if the splitting
    // plane itself is; ≤ rather than < keeps equal-distance ties exact.
    if (bestIndex.length < k || delta * delta <= bestDist[k - 1]!) search(farLo, farHi);
  };

  if (k > 0 && tree.size > 0) search(0, tree.size);
  return bestIndex;
}
