import { divIcon, layerGroup, marker, type LayerGroup } from 'leaflet';
import type { EvacuationSite, Hazard } from '../../../lib/content/pack-types';
import type { LatLng } from '../../../lib/geo';
import type { SiteRow } from '../site-rows';
import { hereShape, hereSvg, suitableShape, suitableSvg, unsuitableShape, unsuitableSvg } from './marker-shapes';

export interface MarkerText {
  /** The accessible name of a numbered marker: "1番目に近い 三崎公園、1.3 km". */
  site: (row: SiteRow) => string;
  youAreHere: string;
  /** A site's opening status as words ("× 満員 14:05") and its state for the colour, when staff reported one. */
  status?: (siteId: string) => { state: string; label: string } | undefined;
}

/**
 * Every site, drawn by suitability for this hazard. Only the numbered nearest sites
 * (the list's rows) are controls: they open the site's page on click or Enter. The
 * rest are pictures, so a keyboard user meets ten stops, not a hundred, and the map
 * never offers an unsuitable site as a destination.
 */
export function siteMarkers(sites: readonly EvacuationSite[], rows: readonly SiteRow[], hazard: Hazard, text: MarkerText, open: (id: string) => void, targetPx = touchTarget()): LayerGroup {
  const group = layerGroup();
  const rowById = new Map(rows.map((r) => [r.site.id, r]));
  // Unsuitable first so suitable houses are drawn on top of crosses.
  const ordered = [...sites].sort((a, b) => Number(a.hazards.includes(hazard)) - Number(b.hazards.includes(hazard)));
  for (const site of ordered) {
    const row = rowById.get(site.id);
    if (!site.hazards.includes(hazard)) {
      const icon = divIcon({ className: 'site-marker site-marker--unsuitable', html: unsuitableSvg(), iconSize: [unsuitableShape.width, unsuitableShape.height] });
      marker(site, { icon, interactive: false, keyboard: false }).addTo(group);
      continue;
    }
    // A numbered marker is a button: its box is a whole finger wide, the house drawn at its foot.
    const [width, height] = row ? tapBox(suitableShape, targetPx) : [suitableShape.width, suitableShape.height];
    const status = text.status?.(site.id);
    const icon = divIcon({
      className: row ? 'site-marker site-marker--suitable site-marker--nearest' : 'site-marker site-marker--suitable',
      html: status ? withStatus(suitableSvg(row?.rank), status) : suitableSvg(row?.rank),
      iconSize: [width, height],
      iconAnchor: [width / 2, height - 2],
    });
    // The numbered sites are the answer: drawn above "you are here" (1000), whose label
    // would otherwise hide the nearest one, which is by definition right next to it.
    const m = marker(site, { icon, interactive: !!row, keyboard: !!row, zIndexOffset: row ? 1500 - row.rank : 0 });
    if (row) {
      m.on('click', () => open(site.id));
      // The icon element exists only once the marker is on the map; Leaflet names it by `title` alone.
      m.on('add', () => m.getElement()?.setAttribute('aria-label', status ? `${text.site(row)}、${status.label}` : text.site(row)));
    }
    m.addTo(group);
  }
  return group;
}

/** The house with its opening status beside it: shape and word, coloured by state (map.css). */
function withStatus(svg: string, status: { state: string; label: string }): HTMLElement {
  const html = document.createElement('span');
  html.className = 'site-marker__inner';
  html.innerHTML = svg;
  const words = document.createElement('span');
  words.className = `site-marker__status site-marker__status--${status.state}`;
  words.textContent = status.label;
  html.append(words);
  return html;
}

/** The smallest tappable box of this device (--mdg-target: 64 px on a kiosk, 44 px on a phone). */
export function touchTarget(root: Element = document.documentElement): number {
  return Number.parseFloat(getComputedStyle(root).getPropertyValue('--mdg-target')) || 44;
}

/** A marker's box: its shape, grown to the target size where the shape is smaller. */
export function tapBox(shape: { width: number; height: number }, target: number): [number, number] {
  return [Math.max(shape.width, target), Math.max(shape.height, target)];
}

/** "You are here": a ringed dot with the words beside it. */
export function hereMarker(point: LatLng, label: string): ReturnType<typeof marker> {
  const html = document.createElement('span');
  html.className = 'here-marker__inner';
  html.innerHTML = hereSvg();
  const words = document.createElement('span');
  words.className = 'here-marker__label';
  words.textContent = label;
  html.append(words);
  const icon = divIcon({ className: 'here-marker', html, iconSize: [hereShape.width, hereShape.height] });
  return marker(point, { icon, interactive: false, keyboard: false, zIndexOffset: 1000 });
}
