import { autocompleteFor, asText, type FieldControlProps } from './field-props';

/** The kiosk keyboard layout a field opens with (read by runtime/kiosk/keyboard via data-osk). */
export type OskLayout = 'kana' | 'alpha' | 'numeric';

interface TextControlProps extends FieldControlProps {
  type?: 'text' | 'tel' | 'email';
  inputMode?: 'text' | 'tel' | 'email' | 'numeric' | 'decimal';
  autocomplete?: string;
  /** Left out, the keyboard follows the reader's language. */
  osk?: OskLayout;
  /** Applied when the citizen leaves the box (width, dashes, kana), so what they see is what is sent. */
  normalize?: (text: string) => string;
  /** Extra ids for aria-describedby (a unit, a status line). */
  extraDescribedBy?: string;
  onTextChange?: (text: string) => void;
}

/** One single-line text box, with everything the fields share. */
export function TextControl(props: TextControlProps) {
  const { field, value, onChange, error, ids, kiosk, type = 'text', inputMode, osk, normalize } = props;
  const describedBy = [props.describedBy, props.extraDescribedBy].filter(Boolean).join(' ') || undefined;
  const change = (text: string) => {
    onChange(text);
    props.onTextChange?.(text);
  };
  return (
    <input
      id={ids.control}
      class="field__input"
      // One literal for Preact's input typings, which narrow per type (type is one of three here).
      type={type as 'text'}
      inputMode={inputMode}
      value={asText(value)}
      autocomplete={autocompleteFor(kiosk, props.autocomplete)}
      spellcheck={false}
      data-osk={osk}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      aria-required={field.required ? true : undefined}
      onInput={(e) => change(e.currentTarget.value)}
      onBlur={(e) => {
        if (!normalize) return;
        const text = e.currentTarget.value;
        const normalized = normalize(text);
        if (normalized !== text) change(normalized);
      }}
    />
  );
}
