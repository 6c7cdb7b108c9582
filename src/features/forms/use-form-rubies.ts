import { useEffect, useState } from 'preact/hooks';
import { packPaths, type PackForm, type Seg } from '../../lib/content/pack-types';
import { readContent } from '../../runtime/content/content-store';
import { activePackVersion } from '../../runtime/content/pack-status';

/**
 * The furigana of several forms' strings, for the forms list: the index carries
 * plain strings only, each form file carries its ruby table. Read only when
 * furigana will be shown, so the usual list costs one file.
 */
export function useFormRubies(ids: readonly string[], wanted: boolean): Readonly<Record<string, Seg[]>> {
  const [ruby, setRuby] = useState<Record<string, Seg[]>>({});
  const version = activePackVersion.value;
  const key = ids.join(',');
  useEffect(() => {
    if (!wanted || ids.length === 0) return;
    let live = true;
    void Promise.all(ids.map((id) => readContent<PackForm>(packPaths.form(id)).catch(() => undefined))).then((forms) => {
      if (!live) return;
      setRuby(Object.assign({}, ...forms.map((f) => f?.ruby ?? {})) as Record<string, Seg[]>);
    });
    return () => { live = false; };
  }, [key, wanted, version]);
  return ruby;
}
