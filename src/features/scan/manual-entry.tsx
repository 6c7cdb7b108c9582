import type { TFunction } from 'i18next';
import { useState } from 'preact/hooks';
import type { QrRefusalReason } from '../../../contract/qr/qr-payload';

interface ManualEntryProps {
  /** Checks what was typed exactly as a scanned code is checked; undefined when it opened a form. */
  submit: (input: string) => Promise<QrRefusalReason | undefined>;
  example: string;
  t: TFunction<'forms'>;
}

/**
 * The address printed under the QR code, typed in: for a code the camera cannot
 * read, or a device without a camera. On kiosks the on-screen keyboard opens with
 * letters (data-osk), since addresses are never kana.
 */
export function ManualEntry({ submit, example, t }: ManualEntryProps) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<'qr.manualRequired' | `qr.refused.${QrRefusalReason}`>();
  const onSubmit = (e: Event) => {
    e.preventDefault();
    if (value.trim() === '') return setError('qr.manualRequired');
    void submit(value).then((reason) => setError(reason && `qr.refused.${reason}`));
  };
  return (
    <form class="stack scan__form" noValidate onSubmit={onSubmit}>
      <label class="scan__label" for="scan-address">{t('qr.manualLabel')}</label>
      <p class="scan__hint" id="scan-address-hint">{t('qr.manualHint', { example })}</p>
      <input
        id="scan-address"
        class="scan__input"
        type="text"
        inputMode="url"
        autoComplete="off"
        autoCapitalize="none"
        spellcheck={false}
        data-osk="alpha"
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby="scan-address-hint scan-address-error"
        onInput={(e) => setValue(e.currentTarget.value)}
      />
      <p class="scan__error" id="scan-address-error" role="alert">{error ? t(error) : ''}</p>
      <div><button type="submit" class="button button--primary">{t('qr.manualSubmit')}</button></div>
    </form>
  );
}
