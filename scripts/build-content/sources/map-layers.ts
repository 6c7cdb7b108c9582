import { join } from 'node:path';
import { packPaths } from '../../../src/lib/content/pack-types.ts';
import { validateFeatureCollection, type GeoJsonFeature, type GeoJsonIssue } from '../../../src/lib/geo/geojson.ts';
import { hazardAreaIssues } from '../../../src/lib/geo/hazard-areas.ts';
import { coordinateProblem } from '../../../src/lib/geo/iwaki-bounds.ts';
import { featureNameIssues, layerGeometries, layerPackNames, mapLayerKinds, readLayerHeader, type MapLayerHeader, type MapLayerKind } from '../../../src/lib/geo/map-layer-schema.ts';
import { simplifyGeometry } from '../../../src/lib/geo/simplify.ts';
import { parseJsonSource } from '../json-source.ts';
import { listFiles, readText } from './files.ts';
import type { ContentSource, PackDocument, SourceContext } from './types.ts';

/** Every position of a city layer must be in the city: catches [lat, lng] order and projected CRSs. */
const inIwaki = (point: { lat: number; lng: number }) => coordinateProblem(point)?.message;

interface ReadLayer { header: MapLayerHeader; features: GeoJsonFeature[]; before: number; after: number }

/**
 * content/map/*.geojson → map/<pack name>.json: each file says what it is in its `layer`
 * member (src/lib/geo/map-layer-schema.ts), is validated as RFC 7946 plus that kind's rules,
 * thinned to its tolerance, and merged with the other files of its kind.
 */
export const mapLayersSource: ContentSource = {
  name: 'map-layers',
  async load(ctx) {
    const dir = join(ctx.contentDir, 'map');
    const names = await listFiles(dir, '.geojson');
    if (!names) return undefined;
    const byKind = new Map<MapLayerKind, { sample: boolean; features: GeoJsonFeature[] }>();
    let before = 0;
    let after = 0;
    for (const fileName of names) {
      const layer = await readLayer(join(dir, fileName), ctx);
      if (!layer) continue;
      const merged = byKind.get(layer.header.kind) ?? { sample: false, features: [] };
      merged.sample ||= layer.header.sample;
      merged.features.push(...layer.features);
      byKind.set(layer.header.kind, merged);
      before += layer.before;
      after += layer.after;
    }
    // In a fixed order, so the pack's file list does not depend on file names.
    const documents: PackDocument[] = mapLayerKinds.filter((kind) => byKind.has(kind)).map((kind) => {
      const { sample, features } = byKind.get(kind)!;
      return { path: packPaths.mapLayer(layerPackNames[kind]), value: { type: 'FeatureCollection', layer: { kind, sample }, features } };
    });
    return {
      name: 'map-layers',
      ids: new Set(),
      refs: [],
      counts: { mapLayers: documents.length, mapVertices: after, mapVerticesDropped: before - after },
      sample: [...byKind.values()].some((k) => k.sample),
      documents: () => documents,
      searchDocs: () => [],
    };
  },
};

/** The checks of one feature's properties for its kind. */
function propertyIssues(kind: MapLayerKind, properties: Record<string, unknown> | null): GeoJsonIssue[] {
  return [...featureNameIssues(properties, kind), ...(kind === 'hazard-area' ? hazardAreaIssues(properties) : [])];
}

/**
 * JSON.parse first and validate the plain value; only when something is wrong is the
 * text parsed again for positions (a real city's hazard map runs to megabytes, and the
 * position-keeping parser is far slower than JSON.parse).
 */
async function readLayer(path: string, ctx: SourceContext): Promise<ReadLayer | undefined> {
  const text = await readText(path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    parseJsonSource(text, ctx.display(path), ctx.errors);
    return undefined;
  }
  const { header, issues: headerIssues } = readLayerHeader(value);
  const issues = header
    ? validateFeatureCollection(value, { geometry: layerGeometries[header.kind], position: inIwaki, properties: (p) => propertyIssues(header.kind, p) })
    : headerIssues;
  if (!header || issues.length > 0) {
    const located = parseJsonSource(text, ctx.display(path), ctx.errors);
    for (const issue of issues) ctx.errors.add(located?.at(issue.path) ?? { file: ctx.display(path), line: 1, col: 1 }, issue.message);
    return undefined;
  }
  let before = 0;
  let after = 0;
  const features = (value as { features: GeoJsonFeature[] }).features.map((feature) => {
    if (!feature.geometry) return feature;
    const thinned = simplifyGeometry(feature.geometry, header.simplifyMeters);
    before += thinned.before;
    after += thinned.after;
    return { ...feature, geometry: thinned.geometry };
  });
  return { header, features, before, after };
}
