import { useState } from 'preact/hooks';
import type { SignedQr } from '../../../../contract/api/qr-codes';
import type { Field } from '../../../lib/forms/form-schema';
import { qrSvg } from '../../../lib/qr/qr-svg';
import { Page } from '../../../ui/page';
import { staffApi } from '../api/staff-api';
import { QrCode } from '../fleet/qr-code';
import { formTitle, useFormDef, useFormIndex } from '../submissions/pack-forms';
import { downloadBytes } from '../ui/download';
import { errorMessage } from '../ui/error-message';
import { useStaffText, type StaffLanguage } from '../ui/staff-text';
import { qrFields, qrPrefill } from './qr-fields';

/**
 * The QR code for a paper notice (administrators): choose a form, fill in what the code
 * should fill in, and the server signs it with the city's QR key. Shows the link and the
 * code, and saves it as an SVG for print.
 */
export function QrCodesScreen() {
  const text = useStaffText();
  const { t, lang } = text;
  const forms = useFormIndex();
  const [formId, setFormId] = useState('');
  const def = useFormDef(formId || undefined);
  const fields = def.status === 'ready' ? qrFields(def.def) : [];
  const [values, setValues] = useState<Record<string, string>>({});
  const [signed, setSigned] = useState<(SignedQr & { formId: string }) | undefined>();
  const [error, setError] = useState<string | undefined>();

  function choose(id: string) {
    setFormId(id);
    setValues({});
    setSigned(undefined);
    setError(undefined);
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (!formId) return setError(t('qrCodes.formRequired'));
    const result = await staffApi.signQr({ formId, prefill: qrPrefill(fields, values) });
    setSigned(result.ok ? { ...result.value, formId } : undefined);
    setError(result.ok ? undefined : errorMessage(text, result.error));
  }

  return (
    <Page title={t('qrCodes.title')} wide>
      <div class="staff-columns">
        <form class="card stack" aria-labelledby="staff-qr-form-title" onSubmit={submit} noValidate>
          <h2 id="staff-qr-form-title">{t('qrCodes.formTitle')}</h2>
          <p>{t('qrCodes.intro')}</p>
          <div class="staff-field">
            <label for="staff-qr-form">{t('qrCodes.form')}</label>
            <select id="staff-qr-form" value={formId} onChange={(e) => choose(e.currentTarget.value)}>
              <option value="">{t('qrCodes.formChoose')}</option>
              {forms.map((f) => <option key={f.id} value={f.id}>{formTitle(forms, f.id, lang)}</option>)}
            </select>
          </div>
          {formId && def.status === 'ready' && fields.length === 0 && <p class="staff-meta">{t('qrCodes.noFields')}</p>}
          {fields.map((field) => (
            <PrefillInput key={field.id} field={field} lang={lang} value={values[field.id] ?? ''}
              onInput={(value) => setValues((v) => ({ ...v, [field.id]: value }))} />
          ))}
          <p class="staff-meta">{t('qrCodes.personalNever')}</p>
          <div role="status" aria-live="polite">{error && <p class="staff-error">{error}</p>}</div>
          <button type="submit" class="button button--primary">{t('qrCodes.sign')}</button>
        </form>
        {signed && <SignedCode signed={signed} />}
      </div>
    </Page>
  );
}

function PrefillInput({ field, lang, value, onInput }: { field: Field; lang: StaffLanguage; value: string; onInput: (value: string) => void }) {
  const { t } = useStaffText();
  const id = `staff-qr-field-${field.id}`;
  return (
    <div class="staff-field">
      <label for={id}>{field.label[lang]}</label>
      {field.type === 'choice' ? (
        <select id={id} value={value} onChange={(e) => onInput(e.currentTarget.value)}>
          <option value="">{t('qrCodes.leaveEmpty')}</option>
          {field.options.map((o) => <option key={o.value} value={o.value}>{o.label[lang]}</option>)}
        </select>
      ) : (
        <input id={id} type="text" maxLength={200} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
      )}
    </div>
  );
}

function SignedCode({ signed }: { signed: SignedQr & { formId: string } }) {
  const { t } = useStaffText();
  const download = () => downloadBytes(new TextEncoder().encode(qrSvg(signed.url)), `qr-${signed.formId}.svg`, 'image/svg+xml');
  return (
    <section class="card stack" aria-labelledby="staff-qr-result-title">
      <h2 id="staff-qr-result-title">{t('qrCodes.resultTitle')}</h2>
      <QrCode text={signed.url} label={t('qrCodes.qrLabel', { formId: signed.formId })} />
      <div class="staff-field">
        <label for="staff-qr-url">{t('qrCodes.url')}</label>
        <input id="staff-qr-url" type="text" readOnly value={signed.url} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <p class="staff-meta">{t('qrCodes.kid', { kid: signed.kid })}</p>
      <button type="button" class="button" onClick={download}>{t('qrCodes.download')}</button>
    </section>
  );
}
