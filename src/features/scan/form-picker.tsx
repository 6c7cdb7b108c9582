import type { TFunction } from 'i18next';
import { useState } from 'preact/hooks';
import { currentLanguage } from '../../i18n';
import { formTitle } from './form-title';
import type { ScanForm } from './use-scan-forms';

interface FormPickerProps {
  forms: readonly ScanForm[];
  open: (formId: string) => void;
  t: TFunction<'forms'>;
}

/** The last way in: the form picked by name from the forms of the pack, with nothing filled in. */
export function FormPicker({ forms, open, t }: FormPickerProps) {
  const [formId, setFormId] = useState('');
  const [missing, setMissing] = useState(false);
  const language = currentLanguage.value;
  const onSubmit = (e: Event) => {
    e.preventDefault();
    const form = forms.find((f) => f.entry.id === formId);
    setMissing(!form);
    if (form) open(form.entry.id);
  };
  return (
    <form class="stack scan__form" noValidate onSubmit={onSubmit}>
      <label class="scan__label" for="scan-form-pick">{t('qr.pickForm')}</label>
      <select
        id="scan-form-pick"
        class="scan__select"
        value={formId}
        aria-invalid={missing ? 'true' : undefined}
        aria-describedby="scan-form-pick-error"
        onChange={(e) => setFormId(e.currentTarget.value)}
      >
        <option value="">{t('qr.pickFormPlaceholder')}</option>
        {forms.map((f) => <option key={f.entry.id} value={f.entry.id}>{formTitle(f.entry.title, language)}</option>)}
      </select>
      <p class="scan__error" id="scan-form-pick-error" role="alert">{missing ? t('qr.pickFormRequired') : ''}</p>
      <div><button type="submit" class="button">{t('qr.pickFormOpen')}</button></div>
    </form>
  );
}
