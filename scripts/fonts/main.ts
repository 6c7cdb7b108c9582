/**
 * `npx tsx scripts/fonts/main.ts`: rewrites src/app/script-fonts/language-names.css from
 * the languages' own names (src/i18n/languages.ts). A unit test fails when the committed
 * file no longer matches, e.g. after a language is added.
 */
import { writeFileSync } from 'node:fs';
import { languageNamesCss, languageNamesCssPath } from './language-names.ts';

writeFileSync(languageNamesCssPath, languageNamesCss());
console.info(`fonts: wrote ${languageNamesCssPath}`);
