import { join } from 'node:path';
import { riverRainFileSchema } from '../../../src/lib/content/schema/disaster-river-rain.ts';
import { packPaths, type RiverRain } from '../../../src/lib/content/pack-types.ts';
import { readJsonFile } from './disaster-json.ts';
import { checkUniqueIds } from './unique.ts';
import type { ContentSource } from './types.ts';

/**
 * content/disaster/river-rain.json → disaster/river-rain.json: the last-known river
 * levels and rainfall, shown with their observation time so nobody mistakes them for live
 * data. Thresholds are validated against each level and not shipped (RiverRain has none).
 */
export const disasterRiverRainSource: ContentSource = {
  name: 'disaster-river-rain',
  async load(ctx) {
    const read = await readJsonFile(join(ctx.contentDir, 'disaster', 'river-rain.json'), riverRainFileSchema, ctx);
    if (!read) return undefined;
    const { value: file, source } = read;
    checkUniqueIds(file.stations.map((s) => s.id), (i) => source.at(['stations', i, 'id']), ctx.errors);
    const riverRain: RiverRain = {
      observedAt: file.observedAt,
      stations: file.stations.map((s) => ({
        id: s.id, name: ctx.annotate(s.name, 'ja'), kind: s.kind, value: s.value, unit: s.unit, level: s.level,
      })),
    };
    return {
      name: 'disaster-river-rain',
      ids: new Set(file.stations.map((s) => s.id)),
      refs: [],
      counts: { riverRainStations: riverRain.stations.length },
      sample: file.sample,
      documents: () => [{ path: packPaths.riverRain, value: riverRain }],
      searchDocs: () => [],
    };
  },
};
