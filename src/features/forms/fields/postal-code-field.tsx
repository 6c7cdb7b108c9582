import { useState } from 'preact/hooks';
import type { FieldOf } from '../../../lib/forms/form-schema';
import { isPostalCode, normalizePostalCode } from '../../../lib/forms/text-normalize';
import { useFormsT } from '../forms-i18n';
import { FieldFrame } from './field-frame';
import { asText, type FieldControlProps } from './field-props';
import { TextControl } from './text-control';

type Fill = { kind: 'filled'; address: string } | { kind: 'outside' } | undefined;

/**
 * 〒 code. A valid Iwaki code fills its address field with 福島県いわき市 + town,
 * only when that field is still empty (never overwrite what someone typed), and
 * says so in a live region. The 7 KB table is loaded on first use.
 */
export function PostalCodeField(props: FieldControlProps<FieldOf<'postal-code'>>) {
  const { field, ids, answers, setAnswer } = props;
  const t = useFormsT();
  const [fill, setFill] = useState<Fill>(undefined);
  const statusId = `${ids.control}-status`;
  const lookup = async (text: string) => {
    if (!isPostalCode(text)) return setFill(undefined);
    const { lookupPostal } = await import('../../../lib/forms/postal');
    const match = lookupPostal(text);
    if (!match) return setFill({ kind: 'outside' });
    const target = field.fills;
    if (target === undefined || asText(answers[target]).trim() !== '') return setFill(undefined);
    setAnswer(target, match.address);
    setFill({ kind: 'filled', address: match.address });
  };
  return (
    <FieldFrame field={field} ids={ids} error={props.error}>
      <TextControl
        {...props}
        inputMode="numeric"
        autocomplete="postal-code"
        osk="numeric"
        normalize={normalizePostalCode}
        extraDescribedBy={statusId}
        onTextChange={(text) => void lookup(text)}
      />
      <p id={statusId} class="field__status" role="status">
        {fill?.kind === 'filled' && t('postal.filled', { address: fill.address })}
        {fill?.kind === 'outside' && t('postal.outside')}
      </p>
    </FieldFrame>
  );
}
