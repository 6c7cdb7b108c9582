/**
 * The content pack: what `scripts/build-content` writes and the app reads.
 * Defined once here; the build, the app and the tests import these types.
 *
 * Text that may carry furigana is `RText`: either a plain string or segments
 * whose optional second element is the kana reading computed at build time.
 * The app renders <ruby> from this data and never analyses text at run time.
 */
export type Seg = [surface: string] | [surface: string, reading: string];
export type RText = string | Seg[];

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
export type ContentLanguage = 'ja' | 'ja-easy' | 'en' | 'zh-Hans' | 'zh-Hant' | 'ko' | 'vi' | 'fil' | 'id' | 'ne' | 'pt' | 'es';
/** Every content language, in the order lists show them (Japanese, the source, first). */
export const contentLanguages = [
  'ja', 'ja-easy', 'en', 'zh-Hans', 'zh-Hant', 'ko', 'vi', 'fil', 'id', 'ne', 'pt', 'es',
] as const satisfies readonly ContentLanguage[];

/** guides/<id>.<lang>.json */
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

/** manifest.json, signed: manifest.sig holds the signature over its exact bytes. */
export interface PackManifest {
  version: string;
  createdAt: string;
  files: PackFileEntry[];
}
export interface PackFileEntry {
  /** Logical path, e.g. "guides/juminhyo-copy.ja.json". */
  path: string;
  sha256: string;
  bytes: number;
}

/** Where a pack file is fetched from: content-addressed, so it can be cached forever. */
export function packObjectUrl(sha256: string): string {
  return `/packs/objects/${sha256}.json`;
}

/** The search index is sharded by kind so a one-guide change does not resend the FAQ's index. */
export const searchKinds = ['guides', 'faq', 'ordinances', 'facilities'] as const;
export type SearchKind = (typeof searchKinds)[number];

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

/** Logical paths of the pack. */
export const packPaths = {
  meta: 'meta.json',
  guideIndex: 'guides/index.json',
  guide: (id: string, lang: ContentLanguage) => `guides/${id}.${lang}.json`,
  faq: 'faq.json',
  ordinanceIndex: 'ordinances/index.json',
  ordinance: (id: string) => `ordinances/${id}.json`,
  facilities: 'facilities.json',
  events: 'events.json',
  formIndex: 'forms/index.json',
  form: (id: string) => `forms/${id}.json`,
  searchIndex: (kind: SearchKind) => `search/${kind}.json`,
} as const;
