import { useMemo, useRef, useState } from 'preact/hooks';
import { isGridMove, neighbour } from './grid-navigation';
import { placeKeys, type CharKey, type Layout, type LayoutId } from './layouts';
import { combiningMarks, type AccentName } from './accents';
import type { KeyboardKey } from './keyboard-i18n';

export type ShiftState = 'off' | 'once' | 'lock';

interface KeyGridProps {
  layout: Layout;
  /** What a character key types now (katakana or capitals applied). */
  textOf: (key: CharKey) => string;
  shift: ShiftState;
  t: (key: KeyboardKey) => string;
  onChar: (text: string) => void;
  onAccent: (accent: AccentName) => void;
  onShift: () => void;
}

/** The script of the keys' faces, for fonts and for speech. */
const gridLanguage: Partial<Record<LayoutId, string>> = { kana: 'ja', hangul: 'ko', devanagari: 'ne', thai: 'th', cyrillic: 'mn', khmer: 'km', burmese: 'my' };

/**
 * The character keys. One Tab stop for the whole grid (the last key used); the
 * arrow keys, Home and End move between keys, so a keyboard user crosses the
 * keyboard in a dozen Tab presses, not sixty.
 */
export function KeyGrid({ layout, textOf, shift, t, onChar, onAccent, onShift }: KeyGridProps) {
  const grid = useMemo(() => placeKeys(layout), [layout]);
  const [active, setActive] = useState(0);
  const ref = useRef<HTMLDivElement>(null);

  const onKeyDown = (e: KeyboardEvent) => {
    if (!isGridMove(e.key)) return;
    e.preventDefault();
    const next = neighbour(grid.keys, active, e.key);
    setActive(next);
    ref.current?.querySelector<HTMLElement>(`[data-key-index="${next}"]`)?.focus();
  };

  return (
    <div
      ref={ref}
      class={`osk__grid osk__grid--${layout.id}`}
      style={{ '--mdg-keyboard-columns': grid.columns, '--mdg-keyboard-rows': grid.rows }}
      lang={gridLanguage[layout.id]}
      onKeyDown={onKeyDown}
    >
      {grid.keys.map(({ key, row, column, span }, i) => {
        const common = {
          type: 'button' as const,
          'data-key-index': i,
          tabIndex: i === active ? 0 : -1,
          style: { gridRow: row + 1, gridColumn: `${column + 1} / span ${span}` },
          onFocus: () => setActive(i),
        };
        if (key.kind === 'shift') {
          return (
            <button {...common} class="osk__key osk__key--function osk__key--shift" aria-pressed={shift !== 'off'} onClick={onShift}>
              <span class="osk__glyph" aria-hidden="true">{shift === 'lock' ? '⇪' : '⇧'}</span>
              <span class="osk__label">{t(shift === 'lock' ? 'keys.capsLock' : 'keys.shift')}</span>
            </button>
          );
        }
        if (key.kind === 'accent') {
          return (
            <button {...common} class="osk__key osk__key--char osk__key--accent" aria-label={t(`accents.${key.accent}`)} onClick={() => onAccent(key.accent)}>
              {/* The mark on a dotted circle, as keyboards and charts print a mark alone. */}
              <span aria-hidden="true">{`\u25cc${combiningMarks[key.accent]}`}</span>
            </button>
          );
        }
        // A layout with a second level (Thai) shows and types that level's key while Shift is on.
        const shown = (shift !== 'off' && layout.shifted?.[key.text]) || key;
        const text = textOf(shown);
        return (
          <button
            {...common}
            class="osk__key osk__key--char"
            aria-label={shown.name ? t(`symbols.${shown.name}`) : shown.spoken}
            onClick={() => onChar(text)}
          >
            {shown.face ?? text}
          </button>
        );
      })}
    </div>
  );
}
