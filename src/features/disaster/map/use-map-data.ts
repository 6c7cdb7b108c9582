import type { FeatureCollection } from 'geojson';
import { packPaths } from '../../../lib/content/pack-types';
import { useContent } from '../../../runtime/content/content-store';

export interface MapData {
  boundary: FeatureCollection | undefined;
  coastline: FeatureCollection | undefined;
  districts: FeatureCollection | undefined;
  hazardAreas: FeatureCollection | undefined;
}

/** The four GeoJSON layers of the pack. A missing layer is simply not drawn; the sites still are. */
export function useMapData(): MapData {
  const ready = (state: ReturnType<typeof useContent<FeatureCollection>>) => (state.status === 'ready' ? state.data : undefined);
  return {
    boundary: ready(useContent<FeatureCollection>(packPaths.mapLayer('boundary'))),
    coastline: ready(useContent<FeatureCollection>(packPaths.mapLayer('coastline'))),
    districts: ready(useContent<FeatureCollection>(packPaths.mapLayer('districts'))),
    hazardAreas: ready(useContent<FeatureCollection>(packPaths.mapLayer('hazard-areas'))),
  };
}
