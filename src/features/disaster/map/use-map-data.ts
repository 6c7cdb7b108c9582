import type { FeatureCollection } from 'geojson';
import { packPaths } from '../../../lib/content/pack-types';
import type { LayerPackName } from '../../../lib/geo/map-layer-schema';
import { useContent } from '../../../runtime/content/content-store';

/** A pack layer: a FeatureCollection with the `layer` member the content build adds. */
export type MapLayer = FeatureCollection & { layer?: { kind: string; sample: boolean } };

export interface MapData {
  boundary: MapLayer | undefined;
  coastline: MapLayer | undefined;
  rivers: MapLayer | undefined;
  roads: MapLayer | undefined;
  railways: MapLayer | undefined;
  towns: MapLayer | undefined;
  districts: MapLayer | undefined;
  hazardAreas: MapLayer | undefined;
}

function useLayer(name: LayerPackName): MapLayer | undefined {
  const state = useContent<MapLayer>(packPaths.mapLayer(name));
  return state.status === 'ready' ? state.data : undefined;
}

/** The GeoJSON layers of the pack. A missing layer is simply not drawn; the sites still are. */
export function useMapData(): MapData {
  return {
    boundary: useLayer('boundary'),
    coastline: useLayer('coastline'),
    rivers: useLayer('rivers'),
    roads: useLayer('roads'),
    railways: useLayer('railways'),
    towns: useLayer('towns'),
    districts: useLayer('districts'),
    hazardAreas: useLayer('hazard-areas'),
  };
}

/** Whether any layer on the map is hand-made or made up: the map then says "sample" on screen. */
export function isSampleMap(data: MapData): boolean {
  return Object.values(data).some((layer: MapLayer | undefined) => layer?.layer?.sample === true
    || (layer?.features.some((f) => f.properties?.synthetic === true) ?? false));
}
