import { divIcon, geoJSON, marker, type GeoJSON as GeoJsonLayer, type LayerGroup } from 'leaflet';
import type { FeatureCollection } from 'geojson';
import type { Hazard } from '../../../lib/content/pack-types';
import { depthLevels, landslideLevels } from '../../../lib/geo';
import { levelKey } from './hatch-patterns';
import { featureLabel } from '../../../lib/geo/map-labels';
import type { LanguageCode } from '../../../i18n/languages';

/**
 * The map's own base map: the city outline, the coastline and district names from the
 * pack's GeoJSON. No tiles exist offline, so these are the whole background. Every
 * layer is non-interactive and styled by class (map.css), so themes restyle it.
 */
export function boundaryLayer(data: FeatureCollection): GeoJsonLayer {
  return geoJSON(data, { interactive: false, style: { className: 'disaster-map__land' } });
}

export function coastlineLayer(data: FeatureCollection): GeoJsonLayer {
  return geoJSON(data, { interactive: false, style: { className: 'disaster-map__coast' } });
}

/** District names as text labels; the element is built with textContent, never parsed HTML. */
export function districtLayer(data: FeatureCollection, language: LanguageCode): GeoJsonLayer {
  return geoJSON(data, {
    interactive: false,
    pointToLayer: (feature, latlng) => {
      const name = featureLabel(feature.properties, language);
      const label = document.createElement('span');
      label.className = 'disaster-map__district-name';
      label.textContent = name?.text ?? '';
      if (name?.textIsJapanese) label.lang = 'ja';
      const icon = divIcon({ className: 'disaster-map__district', html: label, iconSize: null as never });
      return marker(latlng, { icon, interactive: false, keyboard: false, zIndexOffset: -1000 });
    },
  });
}

/** The chosen hazard's areas, each filled with its class's hatch pattern (hatch-patterns.tsx). */
export function hazardAreaLayer(data: FeatureCollection, hazard: Hazard): GeoJsonLayer {
  return geoJSON(data, {
    interactive: false,
    filter: (feature) => (feature.properties as { hazard?: string } | null)?.hazard === hazard,
    style: (feature) => ({ className: `disaster-map__area disaster-map__area--${levelKey(String(feature?.properties?.level ?? ''))}` }),
  });
}

/** The level classes of one hazard that the data actually has, shallow to deep, for the legend. */
export function levelsPresent(data: FeatureCollection | undefined, hazard: Hazard): string[] {
  const levels = new Set<string>();
  for (const f of data?.features ?? []) {
    const p = f.properties as { hazard?: string; level?: string } | null;
    if (p?.hazard === hazard && p.level) levels.add(p.level);
  }
  const order: readonly string[] = [...depthLevels, ...landslideLevels];
  return [...levels].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

export type { LayerGroup };
