import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldOf } from '../../../lib/forms/form-schema';
import { resolveDateBound, todayInJapan } from '../../../lib/forms/japan-date';
import { toWareki } from '../../../lib/forms/wareki';
import { useFormsT } from '../forms-i18n';
import { DatePicker } from './date-picker/date-picker';
import { chosenDate } from './date-picker/date-words';
import { FieldFrame } from './field-frame';
import { asText, type FieldControlProps } from './field-props';

/**
 * A date chosen on a large calendar: shown open with the page on a kiosk (one touch on the
 * day, none to open it; the screen has the room), opened by a button on a phone. No
 * browser picker (small, and on a kiosk sometimes unusable without a keyboard), closed days
 * greyed, and the 和暦 beside the Western date, because the documents people copy from
 * (住民票, pension books) print 令和・平成 years.
 */
export function DateField(props: FieldControlProps<FieldOf<'date'>>) {
  const { field, value, onChange, error, ids } = props;
  const t = useFormsT();
  const [open, setOpen] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const now = new Date();
  const text = asText(value);
  const wareki = toWareki(text);
  const valueId = `${ids.control}-value`;
  const pickerId = `${ids.control}-picker`;

  useEffect(() => {
    if (!returnFocus) return;
    toggle.current?.focus();
    setReturnFocus(false);
  }, [returnFocus]);

  const close = () => {
    setOpen(false);
    setReturnFocus(true);
  };

  const picker = (inline: boolean) => (
    <DatePicker
      id={pickerId}
      value={wareki ? text : undefined}
      min={field.min === undefined ? undefined : resolveDateBound(field.min, now)}
      max={field.max === undefined ? undefined : resolveDateBound(field.max, now)}
      rules={field}
      today={todayInJapan(now)}
      inline={inline}
      onPick={(iso) => {
        onChange(iso);
        if (!inline) close();
      }}
      onClose={inline ? undefined : close}
    />
  );
  const chosen = (
    <p id={valueId} class="date-field__value" aria-live="polite">
      {wareki ? (
        <>
          <span class="date-field__western">{t('date.chosen', { date: chosenDate(text) })}</span>{' '}
          <span class="field__wareki" lang="ja">{t('date.warekiValue', { date: wareki.label })}</span>
        </>
      ) : (
        <span class="date-field__none">{t('date.notChosen')}</span>
      )}
    </p>
  );

  if (props.kiosk) {
    return (
      <FieldFrame field={field} ids={ids} error={error} group describedBy={[props.describedBy, valueId].filter(Boolean).join(' ')}>
        <div id={ids.control} class="field__date field__date--inline">{chosen}</div>
        {picker(true)}
      </FieldFrame>
    );
  }

  return (
    <FieldFrame field={field} ids={ids} error={error}>
      <div class="field__date">
        <button
          id={ids.control}
          ref={toggle}
          type="button"
          class="button date-field__toggle"
          aria-expanded={open}
          aria-controls={pickerId}
          aria-labelledby={`${ids.wrapper}-label ${ids.control}`}
          aria-describedby={[props.describedBy, valueId].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          onClick={() => setOpen(!open)}
        >
          {text ? t('date.change') : t('date.choose')}
        </button>
        {chosen}
      </div>
      {open && picker(false)}
    </FieldFrame>
  );
}
