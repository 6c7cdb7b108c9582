import type { CatalogueRecord } from './catalogue-record.js';
import { BRANCHES } from '../../../contract/library-branches.js';
import type { HoldingStatus } from '../../../contract/library-branches.js';
import { isbn13CheckDigit } from './isbn.js';
import { ADJECTIVES, GIVEN_NAMES, NOUNS, PLACES, PUBLISHERS, SURNAMES, TOPICS } from './sample-words.js';
import type { Word } from './sample-words.js';

/** How many records `npm start` loads when the catalogue is empty. */
export const SAMPLE_SIZE = 20_000;

/**
 * A made-up catalogue, the same every time for the same size (a seeded generator, not a
 * committed file: 20,000 records would be megabytes in git). Every record is `sample`,
 * which the UI shows. The first records are fixed, so tests and demos can count on them.
 */
export function sampleCatalogue(size = SAMPLE_SIZE): CatalogueRecord[] {
  const random = mulberry32(20_26);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const records: CatalogueRecord[] = FIXED.slice(0, size).map((r, i) => ({ ...r, id: sampleId(i + 1), isbn13: sampleIsbn(i + 1), sample: true }));
  for (let n = records.length + 1; n <= size; n++) {
    const [title, titleReading, ndc] = sampleTitle(random, pick);
    const surname = pick(SURNAMES);
    const given = pick(GIVEN_NAMES);
    records.push({
      id: sampleId(n),
      title,
      titleReading,
      author: `${surname[0]} ${given[0]}`,
      authorReading: `${surname[1]} ${given[1]}`,
      publisher: pick(PUBLISHERS),
      year: 1960 + Math.floor(random() * 67),
      isbn13: sampleIsbn(n),
      ndc,
      holdings: sampleHoldings(random),
      sample: true,
    });
  }
  return records;
}

export function sampleId(n: number): string {
  return `sample-${String(n).padStart(6, '0')}`;
}

/** 978-4-… with a valid check digit; unique per record. */
export function sampleIsbn(n: number): string {
  const body = `9784${String(n).padStart(8, '0')}`;
  return body + isbn13CheckDigit(body);
}

type Pick = <T>(list: readonly T[]) => T;

function sampleTitle(random: () => number, pick: Pick): [string, string, string] {
  const a = pick(NOUNS);
  const b = pick(NOUNS);
  const roll = random();
  let title: Word;
  let ndc = '913.6';
  if (roll < 0.3) title = [`${a[0]}の${b[0]}`, `${a[1]} ノ ${b[1]}`];
  else if (roll < 0.5) {
    const adjective = pick(ADJECTIVES);
    title = [`${adjective[0]}${b[0]}`, `${adjective[1]} ${b[1]}`];
  } else if (roll < 0.62) title = [`${a[0]}と${b[0]}`, `${a[1]} ト ${b[1]}`];
  else if (roll < 0.72) {
    const place = pick(PLACES);
    title = [`${place[0]}${b[0]}物語`, `${place[1]} ${b[1]} モノガタリ`];
  } else if (roll < 0.8) title = [`はじめての${b[0]}`, `ハジメテ ノ ${b[1]}`];
  else {
    const topic = pick(TOPICS);
    title = [`${b[0]}${topic[0]}`, `${b[1]} ${topic[1]}`];
    ndc = topic[2];
  }
  // Series and multi-volume works, as catalogues have many.
  const volume = random();
  if (volume < 0.15) return [`${title[0]} 上`, `${title[1]} ジョウ`, ndc];
  if (volume < 0.3) return [`${title[0]} ${1 + Math.floor(random() * 9)}`, `${title[1]} ${1 + Math.floor(random() * 9)}`, ndc];
  return [title[0], title[1], ndc];
}

function sampleHoldings(random: () => number): CatalogueRecord['holdings'] {
  const holdings: CatalogueRecord['holdings'] = [];
  for (const branch of BRANCHES) {
    // The central library holds most books; each branch a share.
    if (random() < (branch.id === 'sogo' ? 0.7 : 0.12)) holdings.push({ branch: branch.id, status: sampleStatus(random()) });
  }
  if (holdings.length === 0) holdings.push({ branch: 'sogo', status: sampleStatus(random()) });
  return holdings;
}

function sampleStatus(roll: number): HoldingStatus {
  if (roll < 0.6) return 'available';
  if (roll < 0.85) return 'on_loan';
  if (roll < 0.9) return 'reserved';
  if (roll < 0.95) return 'in_transit';
  return 'reference';
}

/** Small, fast, seedable: the sample must be identical on every machine and Node version. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Fixed = Omit<CatalogueRecord, 'id' | 'isbn13' | 'sample'>;

/** Well-known works (titles and authors are facts; holdings are invented), first in the sample. */
const FIXED: readonly Fixed[] = [
  { title: '銀河鉄道の夜', titleReading: 'ギンガ テツドウ ノ ヨル', author: '宮沢 賢治', authorReading: 'ミヤザワ ケンジ', publisher: '磐城書房', year: 1989, ndc: '913.6', holdings: [{ branch: 'sogo', status: 'on_loan' }, { branch: 'nakoso', status: 'available' }] },
  { title: '吾輩は猫である', titleReading: 'ワガハイ ワ ネコ デアル', author: '夏目 漱石', authorReading: 'ナツメ ソウセキ', publisher: '常磐堂', year: 1990, ndc: '913.6', holdings: [{ branch: 'sogo', status: 'available' }, { branch: 'onahama', status: 'available' }] },
  { title: '蛙のうた', titleReading: 'カエル ノ ウタ', author: '草野 心平', authorReading: 'クサノ シンペイ', publisher: 'いわき文庫', year: 2003, ndc: '911.56', holdings: [{ branch: 'sogo', status: 'reference' }, { branch: 'ogawa', status: 'available' }] },
  { title: 'Harry Potter and the Philosopher\'s Stone', titleReading: 'ハリー ポッター アンド ザ フィロソファーズ ストーン', author: 'J. K. Rowling', authorReading: 'ローリング', publisher: 'Bloomsbury', year: 1997, ndc: '933.7', holdings: [{ branch: 'sogo', status: 'available' }] },
  { title: 'いわきの民話', titleReading: 'イワキ ノ ミンワ', author: '猪狩 和子', authorReading: 'イガリ カズコ', publisher: '夏井川書店', year: 2011, ndc: '388.126', holdings: [{ branch: 'yotsukura', status: 'available' }, { branch: 'joban', status: 'on_loan' }] },
];
