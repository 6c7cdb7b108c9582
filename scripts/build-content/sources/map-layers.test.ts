// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realContentDir, testContext, writeContent } from './disaster-fixtures.ts';
import { mapLayersSource } from './map-layers.ts';

async function loadLayers(contentDir: string) {
  const { ctx, messages } = testContext(contentDir);
  const loaded = await mapLayersSource.load(ctx);
  return { messages: messages(), documents: loaded?.documents() ?? [], sample: loaded?.sample };
}

const realHazardAreas = () => readFile(join(realContentDir, 'map/hazard-areas.geojson'), 'utf8');

describe('map layers', () => {
  it('copies the four real layers into the pack as map/<layer>.json', async () => {
    const { messages, documents, sample } = await loadLayers(realContentDir);
    expect(messages).toEqual([]);
    expect(documents.map((d) => d.path)).toEqual(['map/boundary.json', 'map/coastline.json', 'map/districts.json', 'map/hazard-areas.json']);
    const original: unknown = JSON.parse(await realHazardAreas());
    expect(documents[3]?.value).toEqual(original);
    expect(sample).toBe(true);
  });

  it('refuses an open ring, swapped coordinates and a hazard outside the vocabulary, on the line of the feature', async () => {
    const lines = (await realHazardAreas()).split('\n');
    // One feature per line: line 2 is hz-001, line 3 hz-002, line 4 hz-003.
    lines[1] = lines[1]!.replace(/\[140\.879682,36\.914254\]\]\]/, '[140.879682,36.914]]]');
    lines[2] = lines[2]!.replaceAll('[140.877219,36.916223]', '[36.916223,140.877219]');
    lines[3] = lines[3]!.replace('"hazard":"tsunami"', '"hazard":"津波"');
    const { contentDir } = await writeContent({ 'map/hazard-areas.geojson': lines.join('\n') });
    const { messages, documents } = await loadLayers(contentDir);
    expect(messages.map((m) => m.replace(/:\d+ .*?: /, ' '))).toEqual([
      'content/map/hazard-areas.geojson:2 expected a closed ring: the last position must repeat the first',
      // The ring's first and last positions, both swapped (so the ring is still closed).
      ...Array(2).fill('content/map/hazard-areas.geojson:3 expected [longitude, latitude] in range (this looks like [latitude, longitude]: RFC 7946 puts longitude first), got [36.916223, 140.877219]'),
      'content/map/hazard-areas.geojson:4 expected "hazard" to be one of flood, landslide, storm-surge, earthquake, tsunami, large-fire, inland-flooding, volcano, got "津波"',
    ]);
    expect(documents).toEqual([]);
  });

  it('refuses hazard areas not marked synthetic, and files that are not a known layer', async () => {
    const { contentDir } = await writeContent({
      'map/hazard-areas.geojson': (await realHazardAreas()).replace('"synthetic":true', '"synthetic":false'),
      'map/roads.geojson': '{"type":"FeatureCollection","features":[]}',
    });
    const { messages } = await loadLayers(contentDir);
    expect(messages).toEqual([
      expect.stringMatching(/^content\/map\/hazard-areas\.geojson:2:\d+ "features\[0\]\.properties\.synthetic": expected "synthetic": true/),
      'content/map/roads.geojson:1:1 unknown map layer: expected one of city-boundary.geojson, coastline.geojson, districts.geojson, hazard-areas.geojson',
    ]);
  });

  it('reports invalid JSON at its line', async () => {
    const { contentDir } = await writeContent({ 'map/districts.geojson': '{"type":"FeatureCollection",\n"features":[,]}' });
    expect((await loadLayers(contentDir)).messages).toEqual([expect.stringMatching(/^content\/map\/districts\.geojson:2:\d+ invalid JSON/)]);
  });
});
