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
  it('merges the real layers by kind into the pack as map/<layer>.json, marked sample', async () => {
    const { messages, documents, sample } = await loadLayers(realContentDir);
    expect(messages).toEqual([]);
    expect(documents.map((d) => d.path)).toEqual([
      'map/boundary.json', 'map/coastline.json', 'map/rivers.json', 'map/roads.json', 'map/railways.json', 'map/towns.json', 'map/districts.json', 'map/hazard-areas.json',
    ]);
    const original = JSON.parse(await realHazardAreas()) as { features: unknown[] };
    // Hand-drawn vertices are far apart: thinning at 3 m keeps every one of them.
    expect(documents[7]?.value).toEqual({ type: 'FeatureCollection', layer: { kind: 'hazard-area', sample: true }, features: original.features });
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

  it('refuses hazard areas not marked synthetic, and files that do not say what layer they are', async () => {
    const { contentDir } = await writeContent({
      'map/hazard-areas.geojson': (await realHazardAreas()).replace('"synthetic":true', '"synthetic":false'),
      'map/roads.geojson': '{"type":"FeatureCollection","features":[]}',
      'map/paths.geojson': '{"type":"FeatureCollection",\n"layer":{"kind":"footpath","sample":"yes"},"features":[]}',
    });
    const { messages } = await loadLayers(contentDir);
    expect(messages).toEqual([
      expect.stringMatching(/^content\/map\/hazard-areas\.geojson:2:\d+ "features\[0\]\.properties\.synthetic": expected "synthetic": true/),
      expect.stringMatching(/^content\/map\/paths\.geojson:2:\d+ "layer\.kind": expected "kind" to be one of boundary, coastline, river, road, railway, town, district-label, hazard-area, got "footpath"/),
      expect.stringMatching(/^content\/map\/paths\.geojson:2:\d+ "layer\.sample": expected "sample": true \(hand-made or made-up data\) or false/),
      'content/map/roads.geojson:1:1 "layer": expected "layer": { "kind": one of boundary, coastline, river, road, railway, town, district-label, hazard-area, "sample": true or false }',
    ]);
  });

  it('refuses a geometry the kind cannot hold, a name in an unknown language and an unknown road class, on their lines', async () => {
    const { contentDir } = await writeContent({
      'map/rivers-extra.geojson': [
        '{"type":"FeatureCollection","layer":{"kind":"river","sample":true},"features":[',
        '{"type":"Feature","properties":{"name":"新川"},"geometry":{"type":"Point","coordinates":[140.9,37.06]}},',
        '{"type":"Feature","properties":{"name":"新川","names":{"english":"Shinkawa"}},"geometry":{"type":"LineString","coordinates":[[140.9,37.06],[140.91,37.07]]}}',
        ']}',
      ].join('\n'),
      'map/roads.geojson': '{"type":"FeatureCollection","layer":{"kind":"road","sample":true},"features":[\n{"type":"Feature","properties":{"class":"motorway"},"geometry":{"type":"LineString","coordinates":[[140.9,37.06],[140.91,37.07]]}}]}',
    });
    expect((await loadLayers(contentDir)).messages.map((m) => m.replace(/:\d+ ".*?": /, ' '))).toEqual([
      'content/map/rivers-extra.geojson:2 expected LineString or MultiLineString in this layer, got Point',
      expect.stringMatching(/^content\/map\/rivers-extra\.geojson:3 expected a language code \(ja, ja-easy, en, .*\), got "english"$/),
      'content/map/roads.geojson:2 expected a road "class" of expressway, national, main, got "motorway"',
    ]);
  });

  it('merges two files of one kind and thins a dense survey line to its tolerance', async () => {
    // 1,001 vertices wobbling 0.5 m around a straight 1.1 km line: at 3 m only the ends stay.
    const dense = Array.from({ length: 1001 }, (_, i) => [140.9, 37.0 + i * 0.00001 + (i % 2) * 0.0000045]);
    const river = (name: string, coordinates: number[][], simplify = '') =>
      `{"type":"FeatureCollection","layer":{"kind":"river","sample":false${simplify}},"features":[\n{"type":"Feature","properties":{"name":"${name}"},"geometry":{"type":"LineString","coordinates":${JSON.stringify(coordinates)}}}]}`;
    const { contentDir } = await writeContent({
      'map/river-a.geojson': river('甲川', dense),
      'map/river-b.geojson': river('乙川', dense, ',"simplifyMeters":0'),
    });
    const { messages, documents, sample } = await loadLayers(contentDir);
    expect(messages).toEqual([]);
    const rivers = documents.find((d) => d.path === 'map/rivers.json')?.value as { layer: unknown; features: Array<{ properties: { name: string }; geometry: { coordinates: unknown[] } }> };
    expect(rivers.layer).toEqual({ kind: 'river', sample: false });
    expect(rivers.features.map((f) => [f.properties.name, f.geometry.coordinates.length])).toEqual([['甲川', 2], ['乙川', 1001]]);
    expect(sample).toBe(false);
  });

  it('reports invalid JSON at its line', async () => {
    const { contentDir } = await writeContent({ 'map/districts.geojson': '{"type":"FeatureCollection",\n"features":[,]}' });
    expect((await loadLayers(contentDir)).messages).toEqual([expect.stringMatching(/^content\/map\/districts\.geojson:2:\d+ invalid JSON/)]);
  });
});
