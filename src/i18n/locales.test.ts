import { describe, expect, it } from 'vitest';
import { languageCodes, type LanguageCode } from './languages';

/**
 * Every language must have exactly Japanese's strings: i18next would otherwise fall
 * back silently (to English, or to Japanese for やさしい日本語) and a visitor would meet
 * a sentence in a language they may not read. `staff` is only for city employees,
 * who read Japanese or English, so only English is held to it.
 */
const files = import.meta.glob<unknown>('../locales/*/*.json', { eager: true, import: 'default' });

const everyLanguage = ['common', 'forms', 'keyboard', 'attract', 'counter', 'shelters', 'services', 'library', 'reservations'] as const;
const englishOnly = ['staff', 'services-staff'] as const;

function strings(language: LanguageCode, namespace: string): unknown {
  return files[`../locales/${language}/${namespace}.json`];
}

/** `a.b.c` → value, for every leaf; a leaf that is not a string is kept, to be reported. */
function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/**
 * i18next plural forms (`done_one`, `done_other`) stand for the one key Japanese has
 * (`done`): Japanese has no plural, English does. A plural group needs its `_other`.
 */
function logicalKey(key: string, reference: Map<string, unknown>): string {
  if (reference.has(key)) return key;
  const base = key.replace(pluralSuffix, '');
  return base !== key && reference.has(base) ? base : key;
}

const variables = (text: string) => [...new Set([...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]))].sort();

function check(language: LanguageCode, namespace: string) {
  const reference = flatten(strings('ja', namespace));
  const translated = strings(language, namespace);
  // A language or namespace added on one branch meets the other's files at a merge: say which file to write.
  if (translated === undefined) {
    expect.fail(`missing file src/locales/${language}/${namespace}.json: translate every key of src/locales/ja/${namespace}.json into ${language}`);
  }
  const entries = flatten(translated);

  const logical = new Set([...entries.keys()].map((key) => logicalKey(key, reference)));
  const missing = [...reference.keys()].filter((key) => !logical.has(key));
  const extra = [...logical].filter((key) => !reference.has(key));
  expect.soft(missing, `${language}/${namespace}: missing keys`).toEqual([]);
  expect.soft(extra, `${language}/${namespace}: keys Japanese does not have`).toEqual([]);

  for (const [key, value] of entries) {
    const where = `${language}/${namespace} ${key}`;
    if (typeof value !== 'string' || value.trim() === '') {
      expect.soft(value, `${where} is a non-empty string`).toEqual(expect.stringMatching(/\S/));
      continue;
    }
    const base = logicalKey(key, reference);
    const expected = variables(String(reference.get(base) ?? ''));
    const actual = variables(value);
    if (base !== key) {
      expect.soft(entries.has(`${base}_other`), `${where}: plural forms need ${base}_other`).toBe(true);
      // A singular form may say "one" instead of {{count}}.
      if (!key.endsWith('_other')) {
        expect.soft(actual.filter((v) => v !== 'count'), `${where} placeholders`).toEqual(expected.filter((v) => v !== 'count'));
        continue;
      }
    }
    expect.soft(actual, `${where} placeholders`).toEqual(expected);
  }
}

describe('UI strings in every language', () => {
  for (const namespace of everyLanguage) {
    describe(namespace, () => {
      it.each(languageCodes.filter((code) => code !== 'ja'))('%s has exactly the Japanese keys and placeholders', (language) => {
        check(language, namespace);
      });
      it('ja has only non-empty strings', () => {
        for (const [key, value] of flatten(strings('ja', namespace))) {
          expect(typeof value === 'string' && value.trim() !== '', `ja/${namespace} ${key}`).toBe(true);
        }
      });
    });
  }

  for (const namespace of englishOnly) {
    it(`${namespace}: en has exactly the Japanese keys and placeholders`, () => {
      check('en', namespace);
    });
  }
});
