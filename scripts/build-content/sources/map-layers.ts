import { join } from 'node:path';
import { packPaths } from '../../../src/lib/content/pack-types.ts';
import { validateFeatureCollection, type FeatureCollectionRules } from '../../../src/lib/geo/geojson.ts';
import { hazardAreaIssues } from '../../../src/lib/geo/hazard-areas.ts';
import { coordinateProblem } from '../../../src/lib/geo/iwaki-bounds.ts';
import { parseJsonSource } from '../json-source.ts';
import { listFiles, readText } from './files.ts';
import type { ContentSource, PackDocument, SourceContext } from './types.ts';

type LayerName = Parameters<typeof packPaths.mapLayer>[0];

/** Every position of a city layer must be in the city: catches [lat, lng] order and projected CRSs. */
const inIwaki = (point: { lat: number; lng: number }) => coordinateProblem(point)?.message;

/** content/map/<file> → map/<layer>.json, with what each layer may contain. */
const layers: Record<string, { name: LayerName; rules: FeatureCollectionRules }> = {
  'city-boundary.geojson': { name: 'boundary', rules: { geometry: ['Polygon', 'MultiPolygon'], position: inIwaki } },
  'coastline.geojson': { name: 'coastline', rules: { geometry: ['LineString', 'MultiLineString'], position: inIwaki } },
  'districts.geojson': { name: 'districts', rules: { geometry: ['Point'], position: inIwaki } },
  'hazard-areas.geojson': {
    name: 'hazard-areas',
    rules: { geometry: ['Polygon', 'MultiPolygon'], position: inIwaki, properties: (p) => hazardAreaIssues(p) },
  },
};

/**
 * content/map/*.geojson → map/<layer>.json: validated as RFC 7946 and copied as they are.
 * A .geojson file that is not a known layer is an error rather than silently left out.
 */
export const mapLayersSource: ContentSource = {
  name: 'map-layers',
  async load(ctx) {
    const dir = join(ctx.contentDir, 'map');
    const names = await listFiles(dir, '.geojson');
    if (!names) return undefined;
    const documents: PackDocument[] = [];
    let sample = false;
    for (const fileName of names) {
      const path = join(dir, fileName);
      const layer = layers[fileName];
      if (!layer) {
        ctx.errors.add({ file: ctx.display(path), line: 1, col: 1 }, `unknown map layer: expected one of ${Object.keys(layers).join(', ')}`);
        continue;
      }
      const value = await readLayer(path, layer.rules, ctx);
      if (value === undefined) continue;
      sample ||= isSample(value);
      documents.push({ path: packPaths.mapLayer(layer.name), value });
    }
    return {
      name: 'map-layers',
      ids: new Set(),
      refs: [],
      counts: { mapLayers: documents.length },
      sample,
      documents: () => documents,
      searchDocs: () => [],
    };
  },
};

/**
 * JSON.parse first and validate the plain value; only when something is wrong is the
 * text parsed again for positions (a real city's hazard map runs to megabytes, and the
 * position-keeping parser is far slower than JSON.parse).
 */
async function readLayer(path: string, rules: FeatureCollectionRules, ctx: SourceContext): Promise<unknown> {
  const text = await readText(path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    parseJsonSource(text, ctx.display(path), ctx.errors);
    return undefined;
  }
  const issues = validateFeatureCollection(value, rules);
  if (issues.length === 0) return value;
  const located = parseJsonSource(text, ctx.display(path), ctx.errors);
  for (const issue of issues) ctx.errors.add(located?.at(issue.path) ?? { file: ctx.display(path), line: 1, col: 1 }, issue.message);
  return undefined;
}

/** A layer marked sample or synthetic anywhere makes the pack a sample pack. */
function isSample(value: unknown): boolean {
  const features = (value as { features?: Array<{ properties?: Record<string, unknown> | null }> }).features ?? [];
  return features.some((f) => f.properties?.sample === true || f.properties?.synthetic === true);
}
