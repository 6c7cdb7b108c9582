/**
 * The branches of いわき市立図書館 that a catalogue export may name. Ids are what an
 * export's holdings column and the API use; names are shown as the library writes them,
 * with the reading for furigana and a romanisation for other languages.
 */
export interface Branch {
  id: string;
  name: string;
  reading: string;
  romaji: string;
}

export const BRANCHES: readonly Branch[] = [
  { id: 'sogo', name: 'いわき総合図書館', reading: 'いわきそうごうとしょかん', romaji: 'Iwaki Central Library' },
  { id: 'onahama', name: '小名浜図書館', reading: 'おなはまとしょかん', romaji: 'Onahama Library' },
  { id: 'nakoso', name: '勿来図書館', reading: 'なこそとしょかん', romaji: 'Nakoso Library' },
  { id: 'joban', name: '常磐図書館', reading: 'じょうばんとしょかん', romaji: 'Joban Library' },
  { id: 'uchigo', name: '内郷図書館', reading: 'うちごうとしょかん', romaji: 'Uchigo Library' },
  { id: 'yotsukura', name: '四倉図書館', reading: 'よつくらとしょかん', romaji: 'Yotsukura Library' },
  { id: 'ogawa', name: '小川図書館', reading: 'おがわとしょかん', romaji: 'Ogawa Library' },
  { id: 'yoshima', name: '好間図書館', reading: 'よしまとしょかん', romaji: 'Yoshima Library' },
  { id: 'miwa', name: '三和図書館', reading: 'みわとしょかん', romaji: 'Miwa Library' },
];

export const BRANCH_IDS: ReadonlySet<string> = new Set(BRANCHES.map((b) => b.id));

/** What a copy is doing now. `reference` (禁帯出) can be read in the library but not borrowed. */
export const HOLDING_STATUSES = ['available', 'on_loan', 'reserved', 'in_transit', 'reference'] as const;
export type HoldingStatus = (typeof HOLDING_STATUSES)[number];

/** Statuses that mean "on the shelf now": what the availability filter keeps. */
export const ON_SHELF: readonly HoldingStatus[] = ['available', 'reference'];

export function isHoldingStatus(value: string): value is HoldingStatus {
  return (HOLDING_STATUSES as readonly string[]).includes(value);
}
