import { describe, expect, it } from 'vitest';
import { frame, hereMark, overlaps, sketchLayout, type Box } from './sketch-layout';

const inFrame = (b: Box) => b.x0 >= frame.x0 && b.x1 <= frame.x1 && b.y0 >= frame.y0 && b.y1 <= frame.y1;

describe('the printed position sketch', () => {
  const short = { site: '公園', distance: '300 m', here: 'ここ' };

  it('puts the site along its bearing, north up, farther out when it is farther away', () => {
    expect(sketchLayout({ bearing: 90, meters: 300 }, short).site).toEqual({ x: 28, y: 0 });
    expect(sketchLayout({ bearing: 180, meters: 5000 }, short).site).toEqual({ x: 0, y: 50 });
    expect(sketchLayout({ bearing: 0, meters: 1000 }, short).site).toEqual({ x: 0, y: -40 });
  });

  it('writes the distance under the site’s name, in one block beyond the marker', () => {
    const south = sketchLayout({ bearing: 180, meters: 1000 }, { site: '三崎公園', distance: '1.0 km', here: 'いわき市役所' });
    expect(south.siteLabel.distanceY).toBeGreaterThan(south.siteLabel.nameY);
    expect(south.siteLabel.box.y0).toBeGreaterThanOrEqual(south.siteMark.y1); // under the marker, away from the centre
    expect(south.hereLabel.y).toBeLessThan(0); // "here" on the other side
  });

  // The issue: 「1.2 km」 was drawn across the site's name. Every bearing, distance and label length.
  const names = ['公園', '小名浜第一中学校', 'いわき市総合保健福祉センター', 'Iwaki Central Park'];
  const heres = ['ここ', 'いわき市役所', 'いわき総合図書館（ラトブ）', 'Your location'];
  const distances = ['70 m', '1.4 km', '12.3 km'];
  it('no label sits on another label, the markers or the north arrow, and all stay inside the frame', () => {
    const problems: string[] = [];
    for (let bearing = 0; bearing < 360; bearing += 5) {
      for (const meters of [200, 1000, 5000]) {
        for (const site of names) for (const here of heres) for (const distance of distances) {
          const l = sketchLayout({ bearing, meters }, { site, here, distance });
          const label = l.siteLabel.box, hereBox = l.hereLabel.box;
          const clash = [
            !inFrame(label) && 'site label outside the frame', !inFrame(hereBox) && 'here label outside the frame',
            overlaps(label, hereBox) && 'site label on here label', overlaps(label, hereMark) && 'site label on the here dot',
            overlaps(label, l.north.box) && 'site label on north', overlaps(label, l.siteMark) && 'site label on its marker',
            overlaps(hereBox, l.siteMark) && 'here label on the site marker', overlaps(hereBox, l.north.box) && 'here label on north',
                      overlaps(l.north.box, l.siteMark) && 'north on the site marker',
          ].filter(Boolean);
          if (clash.length) problems.push(`${bearing}° ${meters} m ${site} / ${here} / ${distance}: ${clash.join(', ')}`);
        }
      }
    }
    expect(problems.slice(0, 20), `${problems.length} layouts clash`).toEqual([]);
  });
});
