import type { Seg } from '../lib/content/pack-types';
import { cutWords } from './word-cutter';
import type { LanguageCode } from './languages';

/**
 * Furigana and phrase breaks for the Japanese UI strings, computed at build time by
 * scripts/ui-ruby (the same annotator and dictionary as the content) and looked up here
 * by the string's text: nothing is analysed in the browser. A string the table does not
 * know (a newer app string than its table, a value typed by a citizen) stays plain.
 *
 * Strings with placeholders (「{{query}}」の検索結果 {{count}} 件) are stored as templates
 * and matched against the interpolated text. A value that is itself a UI string (津波 in
 * 「{{hazard}}のときの避難場所」, 北東 in 「{{compass}}の方向」) gets that string's ruby; other
 * values (a typed query, a number) stay plain.
 */
type Table = Seg[][];

const tableLoaders = import.meta.glob<{ default: Table }>('../generated/ui-ruby/*/*.json');
const placeholder = /^\{\{[^{}]+\}\}$/u;

interface Template {
  segs: Seg[];
  pattern: RegExp;
  /** A literal every match must contain: a cheap test before the regular expression. */
  anchor: string;
}

interface LanguageTable {
  exact: Map<string, Seg[]>;
  templates: Template[];
}

const tables = new Map<LanguageCode, LanguageTable>();
/** One load per table, however many screens ask for its namespace at once. */
const loading = new Map<string, Promise<void>>();
/** Tables to consult, best first: やさしい日本語 shows Japanese strings where it has none of its own. */
let active: LanguageTable[] = [];

export const annotatedLanguages: readonly LanguageCode[] = ['ja', 'ja-easy'];

export function loadUiRuby(language: LanguageCode, namespace: string): Promise<void> {
  const name = `${language}/${namespace}`;
  const load = tableLoaders[`../generated/ui-ruby/${name}.json`];
  if (!load) return Promise.resolve();
  let pending = loading.get(name);
  if (!pending) {
    // Without its table the UI still works, in plain text; a later screen tries again.
    pending = load().then((module) => addUiRubyTable(language, module.default), () => { loading.delete(name); });
    loading.set(name, pending);
  }
  return pending;
}

/** Adds one namespace's table (as scripts/ui-ruby wrote it) to a language's lookups. */
export function addUiRubyTable(language: LanguageCode, table: readonly Seg[][]): void {
  const target = tableFor(language);
  for (const segs of table) addEntry(target, segs);
}

/** Called on every language change: only Japanese UIs are annotated. */
export function activateUiRuby(language: LanguageCode): void {
  const chain: LanguageCode[] = language === 'ja-easy' ? ['ja-easy', 'ja'] : language === 'ja' ? ['ja'] : [];
  active = chain.map(tableFor);
}

/**
 * The annotated form of a UI string in the active language, if the build annotated it;
 * in Thai, Khmer and Burmese, its words (any text child, content shown as text included).
 */
export function uiRuby(text: string): Seg[] | undefined {
  for (const table of active) {
    const found = table.exact.get(text) ?? matchTemplate(table.templates, text, knownString);
    if (found) return found;
  }
  return cutWords(text);
}

/** A whole UI string's ruby, in the active tables: for a value put into a template. */
function knownString(text: string): Seg[] | undefined {
  for (const table of active) {
    const found = table.exact.get(text);
    if (found) return found;
  }
  return undefined;
}

function tableFor(language: LanguageCode): LanguageTable {
  let table = tables.get(language);
  if (!table) tables.set(language, (table = { exact: new Map(), templates: [] }));
  return table;
}

function addEntry(table: LanguageTable, segs: Seg[]): void {
  if (!segs.some(isPlaceholder)) {
    table.exact.set(segs.map((s) => s[0]).join(''), segs);
    return;
  }
  const literals = segs.filter((s) => !isPlaceholder(s)).map((s) => s[0]);
  const anchor = literals.reduce((a, b) => (b.length > a.length ? b : a), '');
  // A template of placeholders only would match any text at all.
  if (anchor === '') return;
  const source = segs.map((s) => (isPlaceholder(s) ? '(.*?)' : escapeRegExp(s[0]))).join('');
  table.templates.push({ segs, pattern: new RegExp(`^${source}$`, 'su'), anchor });
}

function matchTemplate(templates: readonly Template[], text: string, valueRuby: (value: string) => Seg[] | undefined): Seg[] | undefined {
  for (const template of templates) {
    if (!text.includes(template.anchor)) continue;
    const match = template.pattern.exec(text);
    if (!match) continue;
    let group = 1;
    const segs: Seg[] = [];
    for (const seg of template.segs) {
      if (!isPlaceholder(seg)) {
        segs.push(seg);
        continue;
      }
      const value = match[group++] ?? '';
      // An empty value must not become [''], which means a phrase break.
      if (value !== '') segs.push(...(valueRuby(value) ?? [[value] as Seg]));
    }
    return segs;
  }
  return undefined;
}

function isPlaceholder(seg: Seg): boolean {
  return seg.length === 1 && placeholder.test(seg[0]);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
