/**
 * The service worker's precache list as the build injected it into dist/sw.js, and the
 * bytes each kind of device stores before it reports "ready offline".
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { firstStageLanguages, precacheStage, stringsChunkLanguage, type PrecacheEntry } from '../../src/sw/precache-stages.ts';
import type { BuildManifest } from './initial-js.ts';
import type { LanguageCode } from '../../src/i18n/languages.ts';

export function readPrecacheManifest(dist: string): PrecacheEntry[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const start = sw.search(/\[\{"(revision|url)":/);
  if (start < 0) throw new Error('no precache manifest in dist/sw.js');
  const end = sw.indexOf('}]', start);
  return JSON.parse(sw.slice(start, end + 2)) as PrecacheEntry[];
}

export interface PrecacheSize { entries: number; bytes: number }

function size(dist: string, entries: readonly PrecacheEntry[]): PrecacheSize {
  return { entries: entries.length, bytes: entries.reduce((sum, e) => sum + statSync(join(dist, e.url)).size, 0) };
}

/** Everything: what a kiosk stores before it is ready. */
export function kioskPrecache(dist: string, entries = readPrecacheManifest(dist)): PrecacheSize {
  return size(dist, entries);
}

/** What a phone reading `language` stores before it is ready (its first stage). */
export function phonePrecache(dist: string, language: LanguageCode, entries = readPrecacheManifest(dist)): PrecacheSize {
  const languages = firstStageLanguages(language);
  return size(dist, entries.filter((e) => precacheStage(e.url, languages) === 1));
}

/**
 * Strings chunks (a language's UI strings or furigana table) whose file name does not say
 * their language: the service worker could not leave them for the second stage, so a
 * phone would store every language before it is ready.
 */
export function unnamedStringsChunks(manifest: BuildManifest): string[] {
  return Object.entries(manifest)
    .filter(([source]) => /^src\/(locales|generated\/ui-ruby)\//.test(source))
    .map(([, chunk]) => chunk.file)
    .filter((file) => stringsChunkLanguage(file) === undefined);
}
