import { Icon } from '../../../ui/icon';
import type { FunctionKey, FunctionKeyId } from './layouts';
import type { KeyboardKey } from './keyboard-i18n';

interface FunctionRowProps {
  keys: readonly FunctionKey[];
  /** A textarea gets a new-line key; a one-line field does not. */
  multiline: boolean;
  katakana: boolean;
  t: (key: KeyboardKey) => string;
  onKey: (id: FunctionKeyId) => void;
}

/** Visible text of each key, and its spoken name when the text is only a symbol. */
const faces: Record<FunctionKeyId, { glyph?: string; label?: KeyboardKey; name?: KeyboardKey }> = {
  script: { label: 'keys.script' },
  modifier: { glyph: '゛゜小', name: 'keys.modifier' },
  left: { glyph: '←', name: 'keys.left' },
  right: { glyph: '→', name: 'keys.right' },
  space: { label: 'keys.space' },
  backspace: { glyph: '⌫', label: 'keys.backspace' },
  newline: { glyph: '↵', label: 'keys.newline' },
  done: { label: 'keys.done' },
};

/** The bottom row: editing keys, the kana switches and 完了 (Done). */
export function FunctionRow({ keys, multiline, katakana, t, onKey }: FunctionRowProps) {
  return (
    <div class="osk__functions">
      {keys.filter((k) => multiline || k.id !== 'newline').map(({ id, weight }) => {
        const face = faces[id];
        return (
          <button
            type="button"
            class={`osk__key osk__key--function osk__key--${id}${id === 'done' ? ' osk__key--primary' : ''}`}
            style={{ flexGrow: weight }}
            aria-label={face.name ? t(face.name) : undefined}
            aria-pressed={id === 'script' ? katakana : undefined}
            lang={id === 'modifier' ? 'ja' : undefined}
            onClick={() => onKey(id)}
          >
            {id === 'done' && <Icon name="check" size="1.2em" />}
            {face.glyph && (
              <span class={`osk__glyph${face.label ? ' osk__glyph--decor' : ''}`} aria-hidden={face.label ? 'true' : undefined}>
                {face.glyph}
              </span>
            )}
            {face.label && <span class="osk__label">{t(face.label)}</span>}
          </button>
        );
      })}
    </div>
  );
}
