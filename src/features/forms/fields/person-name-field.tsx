import type { PersonName } from '../../../lib/forms/answers';
import type { FieldOf } from '../../../lib/forms/form-schema';
import { normalizeKana, readingForName } from '../../../lib/forms/text-normalize';
import { useFormsT } from '../forms-i18n';
import { FieldFrame } from './field-frame';
import { autocompleteFor, type FieldControlProps } from './field-props';

/**
 * 氏名 and フリガナ, two boxes under one legend. Hiragana typed as the reading
 * becomes katakana when the citizen leaves the box, so they see what staff will.
 * A name typed in kana fills its own reading (readingForName), which stays editable.
 */
export function PersonNameField(props: FieldControlProps<FieldOf<'person-name'>>) {
  const { field, value, onChange, error, ids, kiosk } = props;
  const t = useFormsT();
  const name: PersonName = typeof value === 'object' && value !== null && 'kana' in value ? value : { name: '', kana: '' };
  const set = (part: keyof PersonName, text: string) => onChange({ ...name, [part]: text });
  const kanaId = `${ids.control}-kana`;
  const invalid = (part: keyof PersonName) => (error && (error.part ?? 'name') === part ? true : undefined);
  return (
    <FieldFrame field={field} ids={ids} error={error} group describedBy={props.describedBy}>
      <div class="field__parts">
        <div class="field__part">
          <label class="field__part-label" for={ids.control}>{t('name.name')}</label>
          <input
            id={ids.control}
            class="field__input"
            type="text"
            value={name.name}
            autocomplete={autocompleteFor(kiosk, 'name')}
            spellcheck={false}
            data-osk="kana"
            aria-describedby={invalid('name') ? ids.error : undefined}
            aria-invalid={invalid('name')}
            aria-required={field.required ? true : undefined}
            onInput={(e) => {
              const text = e.currentTarget.value;
              onChange({ name: text, kana: readingForName(text, name.name, name.kana) });
            }}
          />
        </div>
        <div class="field__part">
          <label class="field__part-label" for={kanaId}>{t('name.kana')}</label>
          <input
            id={kanaId}
            class="field__input"
            type="text"
            value={name.kana}
            autocomplete={autocompleteFor(kiosk)}
            spellcheck={false}
            data-osk="kana"
            aria-describedby={invalid('kana') ? ids.error : undefined}
            aria-invalid={invalid('kana')}
            aria-required={field.required ? true : undefined}
            onInput={(e) => set('kana', e.currentTarget.value)}
            onBlur={(e) => {
              const kana = normalizeKana(e.currentTarget.value);
              if (kana !== e.currentTarget.value) set('kana', kana);
            }}
          />
        </div>
      </div>
    </FieldFrame>
  );
}
