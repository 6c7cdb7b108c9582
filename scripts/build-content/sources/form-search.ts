import { contentLanguages, type ContentLanguage, type SearchDoc } from '../../../src/lib/content/pack-types.ts';
import type { FormDef } from '../../../src/lib/forms/form-schema.ts';
import type { Annotate } from '../annotate.ts';
import { readingField, snippet, titleRubyField } from '../search/plain-text.ts';

/**
 * A form's search documents, one per language its title is written in: a resident finds
 * the form by its name or description in their own language ("rác cồng kềnh" is the
 * bulky-waste form's Vietnamese title), and in Japanese by its reading.
 */
export function formSearchDocs(def: FormDef, annotate: Annotate): SearchDoc[] {
  const title = def.title as Partial<Record<ContentLanguage, string>>;
  const description = def.description as Partial<Record<ContentLanguage, string>>;
  const department = def.department.name as Partial<Record<ContentLanguage, string>>;
  return contentLanguages.flatMap((lang): SearchDoc[] => {
    const name = title[lang];
    if (!name) return [];
    const summary = description[lang] ?? '';
    const annotated = lang === 'ja' || lang === 'ja-easy' ? annotate(name, lang) : name;
    return [{
      id: `forms:${def.id}:${lang}`,
      kind: 'forms',
      docId: def.id,
      lang,
      category: '',
      title: name,
      snippet: snippet(summary),
      body: [summary, department[lang] ?? ''].join('\n'),
      ...readingField(annotated),
      ...titleRubyField(annotated),
    }];
  });
}
