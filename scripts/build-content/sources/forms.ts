import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseFormDef, type FormDef } from '../../../src/lib/forms/form-schema.ts';
import { packPaths, type FormIndexEntry, type PackForm, type Seg } from '../../../src/lib/content/pack-types.ts';
import { parseJsonSource } from '../json-source.ts';
import type { IssuePath } from '../issues.ts';
import { listFiles, readText } from './files.ts';
import type { ContentSource, SourceContext } from './types.ts';
import { formSearchDocs } from './form-search.ts';
import { formLanguagesOf, localizedTexts } from '../../../src/lib/forms/form-language-rules.ts';

/** Every Japanese string of a form (and its やさしい日本語), wherever it sits in the definition. */
function localizedStrings(def: FormDef): Array<{ lang: 'ja' | 'ja-easy'; text: string }> {
  return localizedTexts(def).flatMap(({ text }) => [
    { lang: 'ja' as const, text: text.ja },
    ...(text['ja-easy'] === undefined ? [] : [{ lang: 'ja-easy' as const, text: text['ja-easy'] }]),
  ]);
}

/**
 * The city's forms say when their Japanese last changed and, for each language they are
 * translated into, what it was made from and whether a person checked it (TranslationMark).
 * Only content is held to this: hand-made forms in tests carry no marks.
 */
function markIssues(def: FormDef): Array<{ path: IssuePath; message: string }> {
  const issues: Array<{ path: IssuePath; message: string }> = [];
  if (def.updated === undefined) issues.push({ path: ['title'], message: 'expected "updated": the date of the Japanese text\'s last change (YYYY-MM-DD), which translations say they were made from' });
  for (const code of formLanguagesOf(def.title).filter((c) => c !== 'ja')) {
    if (!def.translations?.[code]) issues.push({ path: ['title', code], message: `expected a mark for the ${code} translation: "translations": { "${code}": { "source": "<updated of the Japanese it was made from>", "checked": false } }` });
  }
  return issues;
}

function rubyTable(def: FormDef, ctx: SourceContext): Record<string, Seg[]> {
  const ruby: Record<string, Seg[]> = {};
  for (const { lang, text } of localizedStrings(def)) {
    const annotated = ctx.annotate(text, lang);
    if (typeof annotated !== 'string') ruby[text] = annotated;
  }
  return ruby;
}

const issuePathOf = (path: string): IssuePath => (path ? path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : []);

/**
 * content/forms/*.json → forms/index.json and forms/<id>.json. Each form is checked with
 * the same schema the app uses, and must have its department's public key in
 * content/keys/<keyId>.public.jwk.json (the answers are encrypted to it on the device).
 */
export const formsSource: ContentSource = {
  name: 'forms',
  async load(ctx) {
    const dir = join(ctx.contentDir, 'forms');
    const names = await listFiles(dir, '.json');
    if (!names) return undefined;
    const forms: Array<{ def: FormDef; pack: PackForm }> = [];
    for (const name of names) {
      const path = join(dir, name);
      const source = parseJsonSource(await readText(path), ctx.display(path), ctx.errors);
      if (!source) continue;
      const parsed = parseFormDef(source.value, name);
      if (!parsed.ok) {
        for (const issue of parsed.error) ctx.errors.add(source.at(issuePathOf(issue.path)), issue.message);
        continue;
      }
      const def = parsed.value;
      const marks = markIssues(def);
      for (const issue of marks) ctx.errors.add(source.at(issue.path), issue.message);
      if (marks.length > 0) continue;
      const keyPath = join(ctx.contentDir, 'keys', `${def.keyId}.public.jwk.json`);
      if (!existsSync(keyPath)) {
        ctx.errors.add(source.at(['keyId']), `no public key for "${def.keyId}": run \`npm run keys:departments\` (expected ${ctx.display(keyPath)})`);
        continue;
      }
      const publicKey = JSON.parse(await readText(keyPath)) as PackForm['publicKey'];
      if (publicKey.kty !== 'EC' || 'd' in publicKey) {
        ctx.errors.add({ file: ctx.display(keyPath), line: 1, col: 1 }, 'expected a PUBLIC EC key (no "d")');
        continue;
      }
      forms.push({ def, pack: { def, publicKey, ruby: rubyTable(def, ctx) } });
    }
    // Unlisted forms (a library hold) are still in the pack, opened by their own screen.
    const index: FormIndexEntry[] = forms.filter(({ def }) => def.listed !== false).map(({ def }) => ({
      id: def.id, title: def.title, description: def.description, department: def.department.name, kioskAllowed: def.kioskAllowed,
    }));
    return {
      name: 'forms',
      ids: new Set(names.map((name) => name.replace(/\.json$/, ''))),
      refs: [],
      counts: { forms: forms.length },
      sample: forms.some(({ def }) => def.sample),
      documents: () => [
        { path: packPaths.formIndex, value: index },
        ...forms.map(({ def, pack }) => ({ path: packPaths.form(def.id), value: pack })),
      ],
      searchDocs: () => forms.flatMap(({ def }) => formSearchDocs(def, ctx.annotate)),
    };
  },
};
