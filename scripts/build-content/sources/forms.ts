import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseFormDef, type FormDef } from '../../../src/lib/forms/form-schema.ts';
import { packPaths, type FormIndexEntry, type PackForm, type Seg } from '../../../src/lib/content/pack-types.ts';
import { parseJsonSource } from '../json-source.ts';
import type { IssuePath } from '../issues.ts';
import { listFiles, readText } from './files.ts';
import type { ContentSource, SourceContext } from './types.ts';
import { formSearchDocs } from './form-search.ts';

/** Every localized string of a form, wherever it sits in the definition. */
function localizedStrings(value: unknown, out: Array<{ lang: 'ja' | 'ja-easy'; text: string }> = []): typeof out {
  if (Array.isArray(value)) value.forEach((v) => localizedStrings(v, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.ja === 'string' && typeof record.en === 'string') {
      out.push({ lang: 'ja', text: record.ja });
      if (typeof record['ja-easy'] === 'string') out.push({ lang: 'ja-easy', text: record['ja-easy'] });
    } else Object.values(record).forEach((v) => localizedStrings(v, out));
  }
  return out;
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
