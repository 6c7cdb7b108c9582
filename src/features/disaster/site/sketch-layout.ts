import type { Direction } from '../../../lib/geo';

/** A rectangle in sketch units (the SVG's viewBox is -100…100 both ways, y down). */
export interface Box { x0: number; y0: number; x1: number; y1: number }

export const nameFont = 13;
export const distanceFont = 12;
/** Inside the drawn frame (±99), with a hair of margin. */
export const frame: Box = { x0: -98, y0: -98, x1: 98, y1: 98 };
/** The north arrow and its 「北」 (drawn about its centre), in the first corner where nothing else is. */
const northHalf = { x: 9, y: 21 };
const northCorners = [{ x: -84, y: -73 }, { x: 84, y: -73 }, { x: -84, y: 73 }, { x: 84, y: 73 }] as const;
const northBox = (c: { x: number; y: number }): Box => ({ x0: c.x - northHalf.x, y0: c.y - northHalf.y, x1: c.x + northHalf.x, y1: c.y + northHalf.y });
/** The ringed dot in the middle: where distances are measured from. */
export const hereMark: Box = { x0: -8, y0: -8, x1: 8, y1: 8 };

/** Rough width of a label in sketch units: wide for kana/kanji, narrow for Latin. */
export function textWidth(text: string, font = nameFont): number {
  return [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? font : font * 0.56), 0);
}

export const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: Box, b: Box): boolean => a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;

/** Whether the segment from the centre to `to` passes through `box` (sampled: the sketch is small). */
function crossesLine(box: Box, to: { x: number; y: number }): boolean {
  for (let i = 1; i < 40; i++) {
    const x = (to.x * i) / 40, y = (to.y * i) / 40;
    if (x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1) return true;
  }
  return false;
}

/** Centred at `cx`, moved sideways as little as needed to stay inside the frame. */
function centred(cx: number, width: number, y0: number, height: number): Box {
  const half = Math.min(width, frame.x1 - frame.x0) / 2;
  const x = Math.max(frame.x0 + half, Math.min(frame.x1 - half, cx));
  return { x0: x - half, y0, x1: x + half, y1: y0 + height };
}

export interface SketchLayout {
  site: { x: number; y: number };
  siteMark: Box;
  /** "Here": centre x and baseline. */
  hereLabel: { x: number; y: number; box: Box };
  /** The site's name with its distance on the line below: one block, so they never cross. */
  siteLabel: { x: number; nameY: number; distanceY: number; box: Box };
  /** The north arrow's centre, and its box. */
  north: { x: number; y: number; box: Box };
}

/**
 * Where the marker and the labels go. The site sits on its bearing, farther out when it is
 * farther away; its name and distance are one two-line block, tried below, above, beside
 * the marker (the side away from the centre first) and kept where it stays inside the frame
 * and clear of "here" and, if possible, the line. The north arrow then takes the first free corner.
 */
export function sketchLayout(direction: Pick<Direction, 'bearing' | 'meters'>, text: { site: string; distance: string; here: string }): SketchLayout {
  const rad = (direction.bearing * Math.PI) / 180;
  const [dx, dy] = [Math.sin(rad), -Math.cos(rad)];
  const r = direction.meters < 500 ? 28 : direction.meters < 2000 ? 40 : 50;
  const site = { x: Math.round(dx * r) + 0, y: Math.round(dy * r) + 0 }; // + 0: no -0
  const siteMark: Box = { x0: site.x - 10, y0: site.y - 6, x1: site.x + 10, y1: site.y + 14 };

  // "Here" is written on the side away from the site, just beyond the dot.
  const hereWidth = textWidth(text.here);
  const hereCx = Math.abs(dx) > 0.3 ? -Math.sign(dx) * (12 + hereWidth / 2) : 0;
  const hereBaselines = dy > 0 ? [-13, 24] : [24, -13];
  const hereBoxes = hereBaselines.map((y) => centred(hereCx, hereWidth, y - nameFont, nameFont + 3));
  const hereIndex = Math.max(0, hereBoxes.findIndex((b) => !overlaps(b, siteMark) && !crossesLine(b, site)));
  const hereBox = hereBoxes[hereIndex]!;
  const hereLabel = { x: (hereBox.x0 + hereBox.x1) / 2, y: hereBaselines[hereIndex]!, box: hereBox };

  const width = Math.max(textWidth(text.site), textWidth(text.distance, distanceFont));
  const height = nameFont + distanceFont + 6;
  const below = centred(site.x, width, siteMark.y1 + 2, height);
  const above = centred(site.x, width, siteMark.y0 - 2 - height, height);
  const right: Box = { x0: siteMark.x1 + 3, y0: site.y - height / 2 + 4, x1: siteMark.x1 + 3 + width, y1: site.y + height / 2 + 4 };
  const left: Box = { x0: siteMark.x0 - 3 - width, y0: right.y0, x1: siteMark.x0 - 3, y1: right.y1 };
  const outward = [dy > 0.3 ? below : above, dy > 0.3 ? above : below];
  const sideways = dx >= 0 ? [right, left] : [left, right];
  const candidates = Math.abs(dy) > 0.3 ? [...outward, ...sideways] : [...sideways, ...outward];
  const clear = (box: Box) => inside(box, frame) && ![hereBox, hereMark, siteMark].some((other) => overlaps(box, other));
  const box = candidates.find((c) => clear(c) && !crossesLine(c, site)) ?? candidates.find(clear) ?? candidates[0]!;
  const x = (box.x0 + box.x1) / 2;
  const taken = [box, hereBox, hereMark, siteMark];
  const corner = northCorners.find((c) => !taken.some((t) => overlaps(northBox(c), t)) && !crossesLine(northBox(c), site)) ?? northCorners[0];
  return {
    site, siteMark, hereLabel,
    north: { ...corner, box: northBox(corner) },
    siteLabel: { x, nameY: box.y0 + nameFont, distanceY: box.y0 + nameFont + 4 + distanceFont, box },
  };
}
