import type { MarcField, MarcRecordLike } from '@natlibfi/marc-record-serializers';
import { BRANCHES } from '../../../contract/library-branches.js';
import type { CatalogueColumn } from './catalogue-record.js';
import { toIsbn13 } from './isbn.js';

/**
 * Where a MARC21 bibliographic record keeps what the catalogue needs, read into the same
 * columns a TSV export has, so one check (toCatalogueRecord) judges both:
 *   record_id  001
 *   title      245 $a $b ($n $p), ISBD punctuation at the ends trimmed
 *   author     100 $a, then each 700 $a, joined with ", "
 *   publisher  264 $b (second indicator 1, publication), else 260 $b
 *   year       the first four-digit year in 264/260 $c, else 008/07-10
 *   isbn       the first 020 $a that is a valid ISBN (qualifiers like "(pbk.)" dropped)
 *   ndc        084 $a whose $2 names NDC ("njb/9", "njb/10"…)
 *   holdings   each 852: $b branch (id, or its name as in contract/library-branches.ts),
 *              $9 status (available, on_loan, reserved, in_transit, reference)
 * Readings: JAPAN/MARC (MARC21 format) records a field's reading (ヨミ, katakana) in an 880
 * field linked to it through $6 (`245-01/$1` ↔ `880-01`); the reading of 245 and of each
 * author heading is the linked 880's kana. A record with no linked reading (a plain MARC21
 * record) reads a Latin title or name as its own reading; a Japanese title without one is
 * refused (search by reading is what the kiosk is for); an author without one is kept.
 */
export function marcColumns(record: MarcRecordLike): Partial<Record<CatalogueColumn, string>> {
  const fields = record.fields;
  const first = (tag: string) => fields.find((f) => f.tag === tag);
  const title = first('245');
  const titleText = title ? joinSubfields(title, 'abnp') : '';
  const authors = [first('100'), ...fields.filter((f) => f.tag === '700')].filter((f): f is MarcField => f !== undefined);
  const publication = fields.find((f) => f.tag === '264' && f.ind2 === '1') ?? first('264') ?? first('260');
  return {
    record_id: (first('001')?.value ?? '').trim(),
    title: titleText,
    title_reading: title ? readingOf(fields, title, 'abnp', titleText, '245') : '',
    author: authors.map((f) => joinSubfields(f, 'a')).join(', '),
    author_reading: authors.map((f) => readingOf(fields, f, 'a', joinSubfields(f, 'a'), f.tag)).filter(Boolean).join(', '),
    publisher: publication ? joinSubfields(publication, 'b') : '',
    year: yearOf(publication, first('008')),
    isbn: isbnOf(fields),
    ndc: ndcOf(fields),
    holdings: fields
      .filter((f) => f.tag === '852')
      .map((f) => `${branchId(subfield(f, 'b'))}:${subfield(f, '9').trim()}`)
      .join(';'),
  };
}

function subfield(field: MarcField, code: string): string {
  return field.subfields?.find((s) => s.code === code)?.value ?? '';
}

/** The named subfields in order, without the ISBD punctuation that ends each (" /", " :", "."). */
function joinSubfields(field: MarcField, codes: string): string {
  return (field.subfields ?? [])
    .filter((s) => codes.includes(s.code))
    .map((s) => trimIsbd(s.value ?? ''))
    .filter(Boolean)
    .join(' ');
}

function trimIsbd(text: string): string {
  return text.replace(/^[\s/:;,=.]+|[\s/:;,=]+$/gu, '').replace(/(?<!\p{Lu})\.$/u, '').trim();
}

/** A reading in kana (a romanised 880 beside it is not what a kiosk types); no kanji. */
const KANA = /[\p{Script=Katakana}\p{Script=Hiragana}]/u;
const JAPANESE = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u;

/**
 * The kana reading in the 880 linked to `field`, else the text itself when it is Latin,
 * else nothing (a title without one is then refused as a TSV row without title_reading).
 */
function readingOf(fields: readonly MarcField[], field: MarcField, codes: string, text: string, tag: string): string {
  const link = subfield(field, '6').match(/^880-(\d{2})/)?.[1];
  if (link !== undefined) {
    const linked = fields.filter((f) => f.tag === '880' && subfield(f, '6').startsWith(`${tag}-${link}`));
    const reading = linked.map((f) => joinSubfields(f, codes)).find((r) => KANA.test(r) && !/\p{Script=Han}/u.test(r));
    if (reading !== undefined) return reading;
  }
  return JAPANESE.test(text) ? '' : text;
}

function yearOf(publication: MarcField | undefined, fixed: MarcField | undefined): string {
  const stated = publication ? subfield(publication, 'c').match(/\d{4}/)?.[0] : undefined;
  if (stated) return stated;
  const coded = fixed?.value?.slice(7, 11) ?? '';
  return /^\d{4}$/.test(coded) ? coded : '';
}

function isbnOf(fields: readonly MarcField[]): string {
  const candidates = fields.filter((f) => f.tag === '020').map((f) => subfield(f, 'a').trim().split(/\s/)[0] ?? '').filter(Boolean);
  // A record may list a wrong ISBN beside the right one; one that is wrong alone is reported.
  return candidates.find((c) => toIsbn13(c) !== undefined) ?? candidates[0] ?? '';
}

function ndcOf(fields: readonly MarcField[]): string {
  const ndc = fields.find((f) => f.tag === '084' && /^njb/i.test(subfield(f, '2')));
  return ndc ? subfield(ndc, 'a').trim() : '';
}

const BRANCH_BY_NAME = new Map(BRANCHES.map((b) => [b.name, b.id]));

function branchId(text: string): string {
  const trimmed = text.trim();
  return BRANCH_BY_NAME.get(trimmed) ?? trimmed;
}
