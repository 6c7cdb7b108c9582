import { describe, expect, it } from 'vitest';
import { sketchLayout } from './position-sketch';

describe('the printed position sketch', () => {
  it('puts the site along its bearing, north up, farther out when it is farther away', () => {
    expect(sketchLayout({ bearing: 90, meters: 300 }, '公園').site).toEqual({ x: 42, y: 0 });
    expect(sketchLayout({ bearing: 180, meters: 5000 }, '公園').site).toEqual({ x: 0, y: 72 });
    expect(sketchLayout({ bearing: 0, meters: 1000 }, '公園').site).toEqual({ x: 0, y: -58 });
  });

  it('keeps labels apart: "here" opposite the site, the name beyond the marker, inside the frame', () => {
    const south = sketchLayout({ bearing: 146, meters: 2065 }, '三崎公園');
    expect(south.hereLabel.y).toBeLessThan(0); // the site is below, "here" is written above
    expect(south.siteLabel.y).toBeGreaterThan(south.site.y); // the name under the marker
    const east = sketchLayout({ bearing: 90, meters: 5000 }, '小名浜第一中学校');
    expect(east.site.x).toBe(72);
    expect(east.siteLabel.x + (8 * 13) / 2).toBeLessThanOrEqual(100);
  });
});
