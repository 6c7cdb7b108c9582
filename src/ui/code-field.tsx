/**
 * A field for a number printed on a receipt (receipt number, PIN, reply code): labelled,
 * with its help text read with it, the phone's number pad and the kiosk's numeric on-screen
 * keyboard, and nothing remembered or corrected by the browser.
 */
export function CodeField({ id, label, help, value, onInput, class: extraClass }: {
  id: string;
  label: string;
  help: string;
  value: string;
  onInput: (value: string) => void;
  class?: string;
}) {
  return (
    <div class="field">
      <label class="field__label" for={id}>{label}</label>
      <p class="field__help" id={`${id}-help`}>{help}</p>
      <input
        id={id} class={extraClass ? `field__input ${extraClass}` : 'field__input'} type="text" inputMode="numeric" autocomplete="off" spellcheck={false}
        data-osk="numeric" aria-describedby={`${id}-help`} value={value} onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}
