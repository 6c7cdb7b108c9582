import type { FieldOf } from '../../../lib/forms/form-schema';
import { FT } from '../form-content';
import { useFormsT } from '../forms-i18n';
import { FieldFrame } from './field-frame';
import type { FieldControlProps } from './field-props';

/** The statement in full, then one large "I agree" card; never ticked in advance or by a QR code. */
export function ConsentField(props: FieldControlProps<FieldOf<'consent'>>) {
  const { field, value, onChange, error, ids } = props;
  const t = useFormsT();
  const textId = `${ids.control}-text`;
  return (
    <FieldFrame field={field} ids={ids} error={error} group describedBy={props.describedBy}>
      <div id={textId} class="field__consent-text"><FT value={field.text} /></div>
      <label class="choice-card choice-card--consent">
        <input
          id={ids.control}
          type="checkbox"
          checked={value === true}
          aria-describedby={[error ? ids.error : '', textId].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        <span class="choice-card__text">{t('consent.agree')}</span>
      </label>
    </FieldFrame>
  );
}
