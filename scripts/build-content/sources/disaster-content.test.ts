// @vitest-environment node
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hazards, type EvacuationSite, type PackManifest, type PackMeta } from '../../../src/lib/content/pack-types.ts';
import { buildFixture } from '../test-support/build-fixture.ts';
import { realContentDir } from './disaster-fixtures.ts';

describe('the real content with its disaster data and map layers', () => {
  it('builds into a pack with every disaster file and map layer', async () => {
    const outDir = join(await mkdtemp(join(tmpdir(), 'madoguchi-real-')), 'packs');
    const { result, messages } = await buildFixture({ contentDir: realContentDir, outDir });
    expect(messages).toEqual([]);
    expect(result.ok).toBe(true);

    const manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as PackManifest;
    const json = async <T>(path: string) => {
      const entry = manifest.files.find((f) => f.path === path);
      return JSON.parse(await readFile(join(outDir, 'objects', `${entry?.sha256}.json`), 'utf8')) as T;
    };
    expect(manifest.files.map((f) => f.path).filter((p) => /^(disaster|map)\//.test(p)).sort()).toEqual([
      'disaster/aed.json', 'disaster/alerts.json', 'disaster/holiday-duty.json', 'disaster/medical.json', 'disaster/river-rain.json', 'disaster/sites.json',
      'map/boundary.json', 'map/coastline.json', 'map/districts.json', 'map/hazard-areas.json',
      'map/railways.json', 'map/rivers.json', 'map/roads.json', 'map/towns.json',
    ]);

    const sites = await json<EvacuationSite[]>('disaster/sites.json');
    // 106 GSI sites + 12 from the standard dataset + 2 shelter-only places.
    expect(sites).toHaveLength(120);
    const perHazard = Object.fromEntries(hazards.map((h) => [h, sites.filter((s) => s.hazards.includes(h)).length]));
    // Counted independently from the raw CSVs (GSI 1s + standard 1s per hazard column).
    expect(perHazard).toEqual({
      flood: 60, landslide: 83, 'storm-surge': 97, earthquake: 118, tsunami: 102, 'large-fire': 118, 'inland-flooding': 77, volcano: 0,
    });
    // 97 GSI sites with a shelters.csv row + 2 shelter-only rows + 9 standard rows with 指定避難所との住所同一 = 1.
    expect(sites.filter((s) => s.shelter)).toHaveLength(108);
    expect(await json('disaster/alerts.json')).toEqual([]);
    const meta = await json<PackMeta>('meta.json');
    expect(meta.documentCounts).toMatchObject({ evacuationSites: 120, medicalFacilities: 36, holidayDuty: 59, aeds: 36, riverRainStations: 8, alerts: 0, mapLayers: 8 });
  }, 60_000);
});
