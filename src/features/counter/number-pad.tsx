import { useState } from 'preact/hooks';
import type { TFunction } from 'i18next';
import { MAX_PHRASE_NUMBER } from '../../../contract/counter';

const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];
const maxDigits = String(MAX_PHRASE_NUMBER).length;

/**
 * Large keys for a number answer (a year, a count, a fee) or a pairing code. Digits only,
 * so nothing else can be sent; `length` fixes how many (a code), else up to seven.
 */
export function NumberPad({ t, label, length, onSend, onCancel }: {
  t: TFunction<'counter'>;
  label: string;
  length?: number;
  onSend: (value: string) => void;
  onCancel?: () => void;
}) {
  const [value, setValue] = useState('');
  const limit = length ?? maxDigits;
  const ready = length ? value.length === length : value.length > 0;
  return (
    <div class="counter-pad" role="group" aria-label={label}>
      <output class="counter-pad__value" aria-live="polite" aria-label={label}>{value || '\u00a0'}</output>
      <div class="counter-pad__keys">
        {digits.map((d) => (
          <button key={d} type="button" class="button counter-pad__key" disabled={value.length >= limit}
            // A number answer drops a leading zero (007 → 7); a pairing code keeps it (044851).
            onClick={() => setValue((v) => (!length && v === '0' ? d : v + d))}>{d}</button>
        ))}
        <button type="button" class="button counter-pad__key" aria-label={t('pad.delete')} onClick={() => setValue((v) => v.slice(0, -1))}>⌫</button>
      </div>
      <div class="counter-pad__actions">
        {onCancel && <button type="button" class="button" onClick={onCancel}>{t('pad.cancel')}</button>}
        <button type="button" class="button button--primary counter-pad__send" disabled={!ready}
          onClick={() => { onSend(value); setValue(''); }}>{t('pad.send')}</button>
      </div>
    </div>
  );
}
