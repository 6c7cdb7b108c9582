import * as v from 'valibot';
import { optional } from '../../csv/types';
import { hazards, type Hazard } from '../pack-types';
import { text } from './common';
import {
  cell, latitude, latitudeHeaders, longitude, longitudeHeaders, municipalityCode, nameKana,
  openDataId, parseCapacity, parseHazardFlag, plain,
} from './disaster-cells';

/**
 * 指定緊急避難場所 and 指定避難所 in both open-data families, read by header name:
 * - GSI (国土地理院) per municipality: 16 columns for sites, 10 for shelters, keyed by 共通ID;
 * - 自治体標準オープンデータセット (Digital Agency): 名称, 名称_カナ, 所在地_連結表記,
 *   災害種別_洪水 …, 想定収容人数, keyed by ID.
 * Each key lists the names of both families; header normalisation (csv/header.ts) already
 * equates 、 and ・, full- and half-width brackets, and width variants.
 */

/** A hazard column, with and without the standard dataset's 災害種別_ prefix. */
const hazardColumn = (...names: string[]) => names.flatMap((name) => [name, `災害種別_${name}`]);

/** Columns every place file has (sites and shelters alike). */
const placeColumns = {
  municipalityCode: optional(['全国地方公共団体コード']),
  id: ['共通ID', 'ID'],
  name: ['施設・場所名', '名称', '施設名'],
  nameKana: optional(['名称_カナ', '名称_よみがな', '名称(カナ)']),
  nameEn: optional(['名称_英字']),
  address: ['住所', '所在地_連結表記', '所在地'],
  lat: latitudeHeaders,
  lng: longitudeHeaders,
  capacity: optional(['想定収容人数', '収容人数', '想定収容人数(人)']),
  note: optional(['備考']),
} as const;

/** 指定緊急避難場所: GSI 16 columns or the standard 指定緊急避難場所一覧. Keys of hazard columns are the Hazard names. */
export const evacuationSiteColumns = {
  ...placeColumns,
  flood: hazardColumn('洪水'),
  landslide: hazardColumn('崖崩れ、土石流及び地滑り', '崖崩れ、土石流、地滑り', 'がけ崩れ、土石流及び地すべり', '土砂災害'),
  'storm-surge': hazardColumn('高潮'),
  earthquake: hazardColumn('地震'),
  tsunami: hazardColumn('津波'),
  'large-fire': hazardColumn('大規模な火事', '大規模火災'),
  'inland-flooding': hazardColumn('内水氾濫'),
  volcano: hazardColumn('火山現象'),
  /** 1 when the same place is also a 指定避難所. */
  alsoShelter: optional(['指定避難所との住所同一']),
} as const satisfies Record<Hazard, readonly string[]> & Record<string, unknown>;

/** 指定避難所: GSI 10 columns or the standard 指定避難所一覧. */
export const shelterColumns = {
  ...placeColumns,
  /** 1 when the same place is also a 指定緊急避難場所 (kept for the record; the merge is by ID). */
  alsoSite: optional(['指定緊急避難場所との住所同一']),
} as const;

const flag = cell(parseHazardFlag);

const placeFields = {
  municipalityCode,
  id: openDataId,
  name: text,
  nameKana,
  nameEn: plain,
  address: text,
  lat: latitude,
  lng: longitude,
  capacity: cell(parseCapacity),
  note: plain,
};

export const evacuationSiteRowSchema = v.object({
  ...placeFields,
  flood: flag,
  landslide: flag,
  'storm-surge': flag,
  earthquake: flag,
  tsunami: flag,
  'large-fire': flag,
  'inland-flooding': flag,
  volcano: flag,
  alsoShelter: flag,
});

export const shelterRowSchema = v.object({ ...placeFields, alsoSite: flag });

export type EvacuationSiteRow = v.InferOutput<typeof evacuationSiteRowSchema>;
export type ShelterRow = v.InferOutput<typeof shelterRowSchema>;

/** The hazards a row is designated for, in vocabulary order. */
export function designatedHazards(row: Record<Hazard, boolean>): Hazard[] {
  return hazards.filter((hazard) => row[hazard]);
}
