import { join } from 'node:path';
import {
  designatedHazards, evacuationSiteColumns, evacuationSiteRowSchema, shelterColumns, shelterRowSchema,
  type EvacuationSiteRow, type ShelterRow,
} from '../../../src/lib/content/schema/disaster-sites.ts';
import { packPaths, type EvacuationSite } from '../../../src/lib/content/pack-types.ts';
import type { Location } from '../report.ts';
import { checkDuplicateIds, readCsvRows } from './disaster-csv.ts';
import { listFiles } from './files.ts';
import type { ContentSource, SourceContext } from './types.ts';

/** Which files of content/disaster are which: a city may ship several of each (e.g. one per release). */
const siteFilePattern = /^evacuation-sites.*\.csv$/;
const shelterFilePattern = /^shelters.*\.csv$/;

/**
 * content/disaster/evacuation-sites*.csv (指定緊急避難場所: GSI 16 columns or the standard
 * dataset) + shelters*.csv (指定避難所) → disaster/sites.json, one EvacuationSite per ID.
 */
export const disasterSitesSource: ContentSource = {
  name: 'disaster-sites',
  async load(ctx) {
    const loaded = await loadEvacuationSites(ctx);
    if (!loaded) return undefined;
    const { sites } = loaded;
    return {
      name: 'disaster-sites',
      ids: new Set(sites.map((s) => s.id)),
      refs: [],
      counts: { evacuationSites: sites.length },
      // The CSV formats have no place for a sample flag; content/disaster/README.md says it.
      sample: false,
      documents: () => [{ path: packPaths.evacuationSites, value: sites }],
      // Sites are found through the map and "nearest", not text search (searchKinds has no kind for them).
      searchDocs: () => [],
    };
  },
};

/** Reads, validates and merges every site and shelter file; undefined when there are none. */
export async function loadEvacuationSites(ctx: SourceContext): Promise<{ sites: EvacuationSite[]; files: string[] } | undefined> {
  const dir = join(ctx.contentDir, 'disaster');
  const names = (await listFiles(dir, '.csv')) ?? [];
  const siteNames = names.filter((n) => siteFilePattern.test(n));
  const shelterNames = names.filter((n) => shelterFilePattern.test(n));
  if (siteNames.length === 0 && shelterNames.length === 0) return undefined;

  const siteFiles = present(await Promise.all(siteNames.map((n) => readCsvRows(join(dir, n), evacuationSiteColumns, evacuationSiteRowSchema, ctx))));
  const shelterFiles = present(await Promise.all(shelterNames.map((n) => readCsvRows(join(dir, n), shelterColumns, shelterRowSchema, ctx))));
  // An ID is one place: the same ID in two site files (or twice in one) is an error, and so
  // is the same ID twice among shelters. A shelter with a site's ID is the merge, not a clash.
  const siteIds = new Map<string, Location>();
  for (const f of siteFiles) checkDuplicateIds(f.rows, siteIds, ctx, 'id');
  const shelterIds = new Map<string, Location>();
  for (const f of shelterFiles) checkDuplicateIds(f.rows, shelterIds, ctx, 'id');

  const sites = mergeSitesAndShelters(
    siteFiles.flatMap((f) => f.rows.map((r) => r.row)),
    shelterFiles.flatMap((f) => f.rows.map((r) => r.row)),
    ctx,
  );
  return { sites, files: [...siteFiles, ...shelterFiles].map((f) => f.file) };
}

const present = <T>(files: (T | undefined)[]): T[] => files.filter((f): f is T => f !== undefined);

/**
 * 指定避難所 rows join the 指定緊急避難場所 row with the same ID (共通ID is shared by both
 * GSI files): the place becomes a shelter, with the shelter file's capacity. A shelter
 * with no site row is a shelter only, designated for no hazard, so no "nearest for a
 * hazard" query can return it. Both notes are kept: 「津波・高潮の際は開設しません」 in the
 * shelter file is as important as the site's.
 */
export function mergeSitesAndShelters(siteRows: EvacuationSiteRow[], shelterRows: ShelterRow[], ctx: Pick<SourceContext, 'annotate'>): EvacuationSite[] {
  const shelters = new Map(shelterRows.map((s) => [s.id, s]));
  const merged: EvacuationSite[] = siteRows.map((row) => {
    const shelter = shelters.get(row.id);
    shelters.delete(row.id);
    return toSite(row, designatedHazards(row), row.alsoShelter || shelter !== undefined, shelter?.capacity ?? row.capacity, [row.note, shelter?.note ?? ''], ctx);
  });
  for (const shelter of shelters.values()) merged.push(toSite(shelter, [], true, shelter.capacity, [shelter.note], ctx));
  return merged.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function toSite(
  row: ShelterRow | EvacuationSiteRow,
  hazards: EvacuationSite['hazards'],
  shelter: boolean,
  capacity: number | null,
  notes: string[],
  ctx: Pick<SourceContext, 'annotate'>,
): EvacuationSite {
  const a = (value: string) => ctx.annotate(value, 'ja');
  const note = [...new Set(notes.filter((n) => n !== ''))].join('\n');
  return {
    id: row.id,
    name: a(row.name),
    ...(row.nameKana ? { nameKana: row.nameKana } : {}),
    ...(row.nameEn ? { nameEn: row.nameEn } : {}),
    address: a(row.address),
    lat: row.lat,
    lng: row.lng,
    hazards,
    shelter,
    capacity,
    note: a(note),
  };
}
