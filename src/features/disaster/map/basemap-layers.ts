import { divIcon, geoJSON, layerGroup, marker, type LayerGroup } from 'leaflet';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { LanguageCode } from '../../../i18n/languages';
import { featureLabel, labelPositions } from '../../../lib/geo/map-labels';

/**
 * The city's line layers (rivers, roads, railways) and 町 edges, drawn as the map's
 * background with their names. Everything is styled by class (map.css), so each display
 * mode restyles it; a kind differs from the others by line pattern and width, not colour
 * alone (roads are double lines, railways dashed ladders, 町 edges dotted).
 */
export type LineKind = 'river' | 'road' | 'railway';

/**
 * How often a line is named: every 5 km from street zoom ('near'), every 15 km farther out
 * ('far'), so a river stays named wherever the map is panned without crowding it. The map
 * shows one set or the other by zoom (map-view.tsx, basemap.css).
 */
const labelSpacings = { near: 5000, far: 15_000 } as const;

const roadClass = (feature: Feature | undefined) => {
  const c = (feature?.properties as { class?: unknown } | null)?.class;
  return c === 'expressway' ? 'expressway' : 'road';
};

/** A line layer; roads and railways get a dark casing under a light or dashed centre. */
export function lineLayer(data: FeatureCollection, kind: LineKind): LayerGroup {
  const group = layerGroup();
  const stroke = (part: string) => geoJSON(data, {
    interactive: false,
    style: (feature) => ({ className: `map-line map-line--${kind === 'road' ? roadClass(feature) : kind} map-line__${part}` }),
  }).addTo(group);
  if (kind !== 'river') stroke('casing');
  stroke('centre');
  return group;
}

/** 町 edges: dotted outlines, no fill, so the hazard areas and the land show through. */
export function townLayer(data: FeatureCollection): LayerGroup {
  return layerGroup([geoJSON(data, { interactive: false, style: { className: 'map-town', fill: false } })]);
}

/**
 * Names of lines (along them) and of 町 (at the middle of their bounds), as text built with
 * textContent. They are "detail" labels, shown only from street zoom (map.css), where they
 * replace the district names.
 */
export function labelLayer(data: FeatureCollection, kind: LineKind | 'town', language: LanguageCode): LayerGroup {
  const group = layerGroup();
  const place = (element: HTMLElement, [lng, lat]: readonly number[], className: string) => {
    const icon = divIcon({ className, html: element.cloneNode(true) as HTMLElement, iconSize: null as never });
    marker([lat!, lng!], { icon, interactive: false, keyboard: false, zIndexOffset: -900 }).addTo(group);
  };
  for (const feature of data.features) {
    const label = featureLabel(feature.properties, language);
    if (!label || !feature.geometry) continue;
    const element = labelElement(label, kind === 'road' ? roadClass(feature) : kind);
    if (kind === 'town') {
      place(element, boundsMiddle(feature.geometry), 'map-label-anchor');
      continue;
    }
    for (const [set, spacing] of Object.entries(labelSpacings)) {
      for (const position of lines(feature.geometry).flatMap((l) => labelPositions(l, spacing))) place(element, position, `map-label-anchor map-label-anchor--${set}`);
    }
  }
  return group;
}

function labelElement(label: NonNullable<ReturnType<typeof featureLabel>>, kind: string): HTMLElement {
  const element = document.createElement('span');
  element.className = `map-label map-label--${kind}`;
  const text = document.createElement('span');
  text.textContent = label.text;
  if (label.textIsJapanese) text.lang = 'ja';
  element.append(text);
  if (label.japanese) {
    const japanese = document.createElement('span');
    japanese.className = 'map-label__ja';
    japanese.lang = 'ja';
    japanese.textContent = label.japanese;
    element.append(' ', japanese);
  }
  return element;
}

function lines(geometry: Geometry): Position[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  return [];
}

/** The middle of a polygon's bounds: good enough to name a compact 町, and cheap. */
function boundsMiddle(geometry: Geometry): [number, number] {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates.slice(0, 1) : geometry.type === 'MultiPolygon' ? geometry.coordinates.map((p) => p[0] ?? []) : [];
  const points = rings.flat();
  const lngs = points.map((p) => p[0]!);
  const lats = points.map((p) => p[1]!);
  return [(Math.min(...lngs) + Math.max(...lngs)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
}
