import { useState } from 'preact/hooks';
import type { FileAnswer } from '../../../lib/forms/answers';
import type { FieldOf } from '../../../lib/forms/form-schema';
import { validateField, type FieldError } from '../../../lib/forms/validate';
import { useT } from '../../../i18n';
import { formatBytes } from '../../../lib/format-bytes';
import { errorMessage, useFormsT } from '../forms-i18n';
import { FieldFrame } from './field-frame';
import type { FieldControlProps } from './field-props';
import { readAsBase64 } from './read-file';

/**
 * A photo or document, on phones only: a kiosk has no files of its visitor's
 * and must not hold them, so there the field is a note. Size and type are
 * checked before the file is read, so a 40 MB video is refused without
 * loading it into memory.
 */
export function FileField(props: FieldControlProps<FieldOf<'file'>>) {
  const { field, value, onChange, error, ids, kiosk } = props;
  const t = useFormsT();
  const tc = useT();
  const [refused, setRefused] = useState<FieldError | undefined>();
  const file = typeof value === 'object' && value !== null && 'dataBase64' in value ? value : undefined;
  const shown = refused ?? error;
  if (kiosk) {
    return (
      <FieldFrame field={{ ...field, required: false }} ids={ids} error={undefined} group>
        <p class="field__note">{t('file.phonesOnly')}</p>
      </FieldFrame>
    );
  }
  const choose = async (chosen: File | undefined) => {
    setRefused(undefined);
    if (!chosen) return;
    const candidate: FileAnswer = { name: chosen.name, type: chosen.type, size: chosen.size, dataBase64: '' };
    const problem = validateField(field, candidate, new Date());
    if (problem) return setRefused(problem);
    onChange({ ...candidate, dataBase64: await readAsBase64(chosen) });
  };
  return (
    <FieldFrame field={field} ids={ids} error={shown}>
      <input
        id={ids.control}
        class="field__file"
        type="file"
        accept={field.accept.join(',')}
        aria-describedby={[shown ? ids.error : '', field.help ? ids.help : ''].filter(Boolean).join(' ') || undefined}
        aria-invalid={shown ? true : undefined}
        onChange={(e) => void choose(e.currentTarget.files?.[0])}
      />
      {file && (
        <p class="field__file-chosen">
          {t('file.chosen', { name: file.name, size: formatBytes(file.size, tc) })}{' '}
          <button type="button" class="button" onClick={() => onChange(undefined)}>{t('file.remove')}</button>
        </p>
      )}
      {refused && <span class="visually-hidden" role="alert">{errorMessage(t, refused)}</span>}
    </FieldFrame>
  );
}
