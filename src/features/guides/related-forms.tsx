import { currentLanguage } from '../../i18n';
import { packPaths, type FormIndexEntry } from '../../lib/content/pack-types';
import { useContent } from '../../runtime/content/content-store';
import { formPlain, htmlLangOf, pickFormLanguage } from '../forms/form-language';

/**
 * A guide's links to its forms, titled as the forms list titles them (the reader's
 * language where the form has it, else Japanese marked as such). The form id is only
 * shown while the list loads, or for a form the pack no longer has.
 */
export function RelatedFormLinks({ ids }: { ids: readonly string[] }) {
  const index = useContent<FormIndexEntry[]>(packPaths.formIndex);
  return (
    <ul class="cluster" role="list">
      {ids.map((id) => {
        const entry = index.status === 'ready' ? index.data.find((e) => e.id === id) : undefined;
        const choice = pickFormLanguage(currentLanguage.value, entry?.title);
        const title = entry ? formPlain(entry.title, choice.lang) : id;
        return (
          <li key={id}>
            <a class="button" href={`/f/${id}`}>
              {entry && choice.japaneseFallback ? <span lang={htmlLangOf(choice.lang)}>{title}</span> : title}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
