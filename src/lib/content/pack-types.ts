import { QR_KEY_PACK_PATH } from '../../../contract/qr/qr-key-path.js';
import type { CompactShard } from '../search/shard-format.js';
import type { Hazard } from '../../../contract/hazards.js';
import { languageCodes, type LanguageCode, type LocalizedText } from '../../../contract/languages.js';
import type { LayerPackName } from '../geo/map-layer-schema.js';

/**
 * The content pack: what `scripts/build-content` writes and the app reads.
 * Defined once here; the build, the app and the tests import these types.
 *
 * Text that may carry furigana is `RText`: either a plain string or segments
 * whose optional second element is the kana reading computed at build time.
 * The app renders <ruby> from this data and never analyses text at run time.
 *
 * Japanese segments also carry phrase (文節) boundaries from BudouX, computed by the
 * content build: an empty segment `['']` between two phrases. A line may break there
 * and nowhere else inside Japanese text. The marker has no surface, so anything that
 * joins surfaces or readings (and an app older than the marker) is unaffected by it.
 */
export type Seg = [surface: string] | [surface: string, reading: string];
export type RText = string | Seg[];
/** The phrase-break marker (see above). */
export const phraseBreak: readonly [''] = [''];
export const isPhraseBreak = (seg: Seg): boolean => seg.length === 1 && seg[0] === '';

export type Inline =
  | { t: RText }
  | { t: RText; strong: true }
  | { t: RText; em: true }
  | { t: RText; href: string };

export type Block =
  | { type: 'heading'; level: 2 | 3 | 4; id: string; text: Inline[] }
  | { type: 'paragraph'; text: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'table'; header: Inline[][]; rows: Inline[][][] }
  | { type: 'quote'; blocks: Block[] };

export const guideCategories = [
  'registry', 'tax', 'health-insurance', 'pension', 'childcare', 'welfare',
  'waste', 'disaster', 'foreign-residents', 'library', 'kiosk',
] as const;
export type GuideCategory = (typeof guideCategories)[number];

/** Content languages: Japanese is the source; some pages are translated. */
export type ContentLanguage = LanguageCode;
/** Every content language, in the order lists show them (Japanese, the source, first). */
export const contentLanguages = languageCodes;

/** A guide: what the guide screen reads from guides/<id>.<lang>.json (see GuideFile). */
export interface GuideDoc {
  id: string;
  lang: ContentLanguage;
  title: RText;
  summary: RText;
  category: GuideCategory;
  tags: string[];
  updated: string;
  department: RText;
  relatedForms: string[];
  relatedFacilities: string[];
  blocks: Block[];
  sample: boolean;
  /** A translation's mark (absent on the Japanese original); see TranslationMark. */
  translation?: TranslationMark;
}

/**
 * What every translated document carries (guides, digests, forms): the version of the
 * Japanese source it was made from (the source's `updated` date) and whether a person has
 * checked it. Until then the screen says it is a machine or draft translation.
 */
export interface TranslationMark {
  source: string;
  checked: boolean;
}

/**
 * guides/<id>.<lang>.json: the guide plus, when the pack has a search index, the guide's
 * own search segment (src/lib/search/segments.ts). The segment lives in the guide's file
 * so that editing one guide changes one pack object; only search reads it, and the guide
 * screen reads the file as a GuideDoc and never looks at it.
 */
export interface GuideFile extends GuideDoc {
  search?: SearchSegment;
}

/** guides/index.json holds GuideIndexEntry[]: one entry per guide, with the languages it exists in. */
export interface GuideIndexEntry {
  id: string;
  category: GuideCategory;
  updated: string;
  langs: ContentLanguage[];
  /** Title and summary per available language. */
  title: Partial<Record<ContentLanguage, RText>>;
  summary: Partial<Record<ContentLanguage, RText>>;
  /** For languages the guide is not translated into: its title and summary in that language. */
  digests?: Partial<Record<ContentLanguage, GuideDigest>>;
}

/** A guide's title and one-paragraph summary in a language it has no translation in (content/guide-digests). */
export interface GuideDigest extends TranslationMark {
  title: string;
  summary: string;
}

export const faqCategories = [...guideCategories, 'facilities'] as const;
export type FaqCategory = (typeof faqCategories)[number];

/** faq.json holds FaqItem[] (a plain array). */
export interface FaqItem {
  id: string;
  category: FaqCategory;
  question: RText;
  answer: RText;
  tags: string[];
}

/** ordinances/index.json holds OrdinanceSummary[]; ordinances/<id>.json an OrdinanceDoc. */
export interface OrdinanceSummary {
  id: string;
  number: string;
  title: RText;
  promulgated: string;
  articleCount: number;
}
export interface Article {
  number: string;
  caption: string;
  paragraphs: RText[];
}
export interface OrdinanceDoc {
  id: string;
  number: string;
  title: RText;
  promulgated: string;
  note: RText;
  articles: Article[];
  sample: boolean;
}

export const facilityKinds = ['市役所', '支所', '図書館', '公民館', '病院', '診療所', '福祉施設', 'AED'] as const;
export type FacilityKind = (typeof facilityKinds)[number];

/** Weekly opening hours. Days: 0 = Sunday … 6 = Saturday. close may be "24:00". */
export interface OpeningHours {
  days: number[];
  open: string;
  close: string;
  /** Open on national holidays (祝日). */
  holidays: boolean;
  /** Closed 12/29–1/3 (年末年始), as city offices are. */
  yearEndClosure?: boolean;
  note: RText;
}

/** facilities.json holds Facility[] (a plain array). */
export interface Facility {
  id: string;
  kind: FacilityKind;
  name: RText;
  /** 名称_カナ: the authoritative reading of the name. */
  nameKana: string;
  nameEn: string;
  address: RText;
  lat: number;
  lng: number;
  phone: string;
  hours: OpeningHours;
  accessibility: { wheelchair: boolean | null; accessibleToilet: boolean | null; parking: string | null };
  url: string;
  note: RText;
}

/** events.json holds EventItem[] (a plain array); the app hides items whose end date has passed. */
export interface EventItem {
  id: string;
  category: 'event' | 'notice' | 'disaster';
  title: RText;
  summary: RText;
  start: string;
  end: string;
  place: RText;
  facility: string | null;
}

/** meta.json */
export interface PackMeta {
  city: string;
  /** The "as of" date every screen shows. */
  asOf: string;
  sample: boolean;
  documentCounts: Record<string, number>;
}

/** The pack's layout and manifest are part of the contract (build, server and app share them). */
export { packObjectUrl, type PackFileEntry, type PackManifest, type PackRollback } from '../../../contract/pack-layout.js';

/** What search finds, and the filters of the search screen. */
export const searchKinds = ['guides', 'forms', 'faq', 'ordinances', 'facilities'] as const;
export type SearchKind = (typeof searchKinds)[number];

/**
 * Kinds indexed as one shard file each (`packPaths.searchIndex`): each comes from one
 * collection file (faq.json, facilities.json, …), so an edit changes that file anyway and
 * its shard with it. Guides are not among them: each guide file carries its own segment
 * (GuideFile.search) and the app assembles the guides index from them, so a one-guide
 * change transfers that guide's file and nothing else.
 */
export const shardedSearchKinds = ['forms', 'faq', 'ordinances', 'facilities'] as const satisfies readonly SearchKind[];
export type ShardedSearchKind = (typeof shardedSearchKinds)[number];

/** One search document's postings in the compact shard format (src/lib/search/segments.ts). */
export type SearchSegment = CompactShard;

/** One searchable document as stored in the index (stored fields are what results show). */
export interface SearchDoc {
  /** `${kind}:${docId}:${lang}` */
  id: string;
  kind: SearchKind;
  docId: string;
  lang: ContentLanguage;
  category: string;
  /** Plain text (no ruby) for display in results. */
  title: string;
  snippet: string;
  /** Indexed only, not stored. */
  body: string;
  /** Kana readings of the title (from furigana / 名称_カナ), indexed so 「ひなんじょ」 finds 避難所. */
  reading?: string;
  /** The title's furigana, JSON of Seg[], when the build annotated it: stored for the results, not indexed. */
  titleRuby?: string;
}

/** forms/index.json holds FormIndexEntry[]: what the forms screen lists. */
export interface FormIndexEntry {
  id: string;
  title: Record<string, string>;
  description: Record<string, string>;
  department: Record<string, string>;
  kioskAllowed: boolean;
}

/**
 * forms/<id>.json: the definition (validated again by the app with the same schema),
 * the department's public key the answers are encrypted to, and build-time furigana for
 * every Japanese string of the form, looked up by the string itself.
 */
export interface PackForm {
  def: unknown;
  publicKey: JsonWebKey & { kid?: string };
  ruby: Record<string, Seg[]>;
}

/** keys/qr-signing.json: an EC P-256 public JWK; its kid is the key's thumbprint. */
export type QrPublicKey = JsonWebKey & { kid?: string };

// The hazard vocabulary lives in ./hazards.ts, which the server shares; re-exported here
// so the app keeps one place to import its content types from.
export { hazards } from '../../../contract/hazards.js';
export type { Hazard } from '../../../contract/hazards.js';

/**
 * disaster/sites.json holds EvacuationSite[]: 指定緊急避難場所 (designated per hazard) merged
 * with 指定避難所 (shelters) by 共通ID, from the GSI and Digital Agency open-data formats.
 */
export interface EvacuationSite {
  /** 共通ID (GSI) or ID (standard dataset): stable across releases. */
  id: string;
  name: RText;
  nameKana?: string;
  /** 名称_英字 of the standard dataset: the official Latin-script name, shown before romanising the reading. */
  nameEn?: string;
  address: RText;
  lat: number;
  lng: number;
  /** Hazards this site is designated for as an emergency evacuation place (指定緊急避難場所). */
  hazards: Hazard[];
  /** Also a designated shelter (指定避難所) where people can stay. */
  shelter: boolean;
  capacity: number | null;
  note: RText;
}

/**
 * places/towns.json: the city's 町名・大字 (大字・町丁目) with a representative point each, for
 * "near my home" (GSI 位置参照情報 大字・町丁目レベル). `sample` when the points are made up.
 */
export interface TownList {
  sample: boolean;
  towns: Town[];
}

export interface Town {
  /** 大字町丁目コード. */
  code: string;
  /** With its reading as furigana (build-time), so the list reads and searches in kana. */
  name: RText;
  /** 大字町丁目名カナ where the file has it: the authoritative reading. */
  nameKana?: string;
  lat: number;
  lng: number;
}

/** disaster/medical.json holds MedicalFacility[] (医療機関一覧). */
export interface MedicalFacility {
  id: string;
  name: RText;
  nameKana?: string;
  address: RText;
  lat: number;
  lng: number;
  departments: string[];
  phone: string;
  hours: OpeningHours;
  accessibility: { wheelchair: boolean | null; accessibleToilet: boolean | null; parking: string | null };
  note: RText;
}

/** disaster/aed.json holds Aed[] (AED設置箇所一覧). */
export interface Aed {
  id: string;
  name: RText;
  address: RText;
  lat: number;
  lng: number;
  /** Where in the building (設置位置). */
  placement: RText;
  hours: OpeningHours;
  phone: string;
  note: RText;
}

/** disaster/holiday-duty.json holds HolidayDuty[] (休日当番医). */
export interface HolidayDuty {
  date: string;
  facility: string;
  hours: string;
  department: string;
}

/** disaster/river-rain.json: the last-known observations shipped in the pack. */
export interface RiverRain {
  observedAt: string;
  stations: Array<{
    id: string; name: RText; kind: 'river' | 'rain'; value: number; unit: string;
    level: 'normal' | 'caution' | 'warning' | 'danger';
  }>;
}

/** disaster/alerts.json holds DisasterAlert[]: notices published with the pack (e.g. 津波警報). */
export interface DisasterAlert {
  id: string;
  severity: 'info' | 'warning' | 'emergency';
  hazard?: Hazard;
  message: LocalizedText;
  issuedAt: string;
  expiresAt: string;
}

/** Logical paths of the pack. */
export const packPaths = {
  meta: 'meta.json',
  guideIndex: 'guides/index.json',
  guide: (id: string, lang: ContentLanguage) => `guides/${id}.${lang}.json`,
  /** Carries only the search segment of a guide's digest in `lang` (the digest itself is in the index). */
  guideDigest: (id: string, lang: ContentLanguage) => `guides/${id}.${lang}.digest.json`,
  faq: 'faq.json',
  ordinanceIndex: 'ordinances/index.json',
  ordinance: (id: string) => `ordinances/${id}.json`,
  facilities: 'facilities.json',
  events: 'events.json',
  formIndex: 'forms/index.json',
  /** The counter phrasebook (src/lib/content/phrasebook.ts). */
  phrasebook: 'phrasebook.json',
  /** A kiosk terminal's configuration (src/lib/kiosk/config.ts). */
  kiosk: (terminalId: string) => `kiosks/${terminalId}.json`,
  /** Furigana of a kiosk's own names (its place label, its site name): Seg[][] (src/runtime/kiosk/kiosk-readings.ts). */
  kioskReadings: (terminalId: string) => `kiosks/${terminalId}.readings.json`,
  evacuationSites: 'disaster/sites.json',
  towns: 'places/towns.json',
  medical: 'disaster/medical.json',
  aed: 'disaster/aed.json',
  holidayDuty: 'disaster/holiday-duty.json',
  riverRain: 'disaster/river-rain.json',
  alerts: 'disaster/alerts.json',
  /** GeoJSON FeatureCollections, one per layer kind (src/lib/geo/map-layer-schema.ts). */
  mapLayer: (name: LayerPackName) => `map/${name}.json`,
  form: (id: string) => `forms/${id}.json`,
  /** The public half of the city's QR signing key (QrPublicKey): a notice's code is checked against it. */
  qrKey: QR_KEY_PACK_PATH,
  searchIndex: (kind: ShardedSearchKind) => `search/${kind}.json`,
  /** Every guide file (and the guide index) is under this folder. */
  guidesFolder: 'guides/',
} as const;
