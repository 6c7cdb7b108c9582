import type { ComponentChildren } from 'preact';
import type { Field } from '../../../lib/forms/form-schema';
import type { FieldError } from '../../../lib/forms/validate';
import { FT } from '../form-content';
import { errorMessage, useFormsT } from '../forms-i18n';
import type { FieldIds } from './field-props';

interface FrameProps {
  field: Field;
  ids: FieldIds;
  error: FieldError | undefined;
  /** Several controls (options, the two parts of a name): a fieldset whose legend is the label. */
  group?: boolean;
  /** For a group: ARIA role (radiogroup carries aria-invalid) and what describes it. */
  role?: 'radiogroup';
  describedBy?: string | undefined;
  children: ComponentChildren;
}

/** Label (always visible), required or optional in words, help, the error in words, then the control. */
export function FieldFrame({ field, ids, error, group = false, role, describedBy, children }: FrameProps) {
  const t = useFormsT();
  const title = (
    <>
      <span class="field__label-text"><FT value={field.label} /></span>
      {' '}
      <span class={`field__tag field__tag--${field.required ? 'required' : 'optional'}`}>
        {field.required ? t('runner.requiredMark') : t('runner.optional')}
      </span>
    </>
  );
  const details = (
    <>
      {field.help && <p id={ids.help} class="field__help"><FT value={field.help} /></p>}
      {error && <p id={ids.error} class="field__error">{errorMessage(t, error)}</p>}
    </>
  );
  const invalid = error ? ' field--invalid' : '';
  if (group) {
    return (
      <fieldset id={ids.wrapper} class={`field field--group${invalid}`} role={role} aria-describedby={describedBy} aria-invalid={role && error ? true : undefined}>
        <legend class="field__label">{title}</legend>
        {details}
        {children}
      </fieldset>
    );
  }
  return (
    <div id={ids.wrapper} class={`field${invalid}`}>
      <label id={`${ids.wrapper}-label`} class="field__label" for={ids.control}>{title}</label>
      {details}
      {children}
    </div>
  );
}
