import { useRef, useState } from 'preact/hooks';
import { Icon } from '../../../ui/icon';
import type { LanguageCode } from '../../../i18n/languages';
import { deleteBackward, insertText, moveCaret, transformBeforeCaret, type TextField } from './field-editing';
import { FunctionRow } from './function-row';
import { cycleDakuten, toKatakana } from './kana';
import { hangulShifted, isJamo, joinJamo } from './hangul';
import { addAccent, type AccentName } from './accents';
import { KeyGrid, type ShiftState } from './key-grid';
import { keyboardT } from './keyboard-i18n';
import { layoutFor, switchableLayouts, type CharKey, type FunctionKeyId, type LayoutId } from './layouts';
import { useBodyInset } from './use-body-inset';
import { CandidateRow } from './candidates/candidate-row';
import { useCandidates } from './candidates/use-candidates';
import './on-screen-keyboard.css';

export type CloseReason = 'done' | 'close';

export interface OnScreenKeyboardProps {
  /** The field the keys type into. It keeps the focus: no key ever takes it on touch. */
  target: TextField;
  layout: LayoutId;
  /** The UI language, for the keys' labels and names. */
  language: LanguageCode;
  onLayoutChange: (layout: LayoutId) => void;
  /** 完了 (Done) or the close button. */
  onClose: (reason: CloseReason) => void;
}

const nextShift: Record<ShiftState, ShiftState> = { off: 'once', once: 'lock', lock: 'off' };
/** Each switch names its keyboard in that keyboard's own script (かな, 한글, देवनागरी, ไทย, Кирилл). */
const switchLanguage: Partial<Record<LayoutId, string>> = { kana: 'ja', hangul: 'ko', devanagari: 'ne', thai: 'th', cyrillic: 'mn', khmer: 'km', burmese: 'my' };

// A press on the keyboard must never move focus out of the field; click still fires.
const keepFocus = (e: Event) => e.preventDefault();

/** The large-key keyboard docked at the bottom of the screen. */
export function OnScreenKeyboard({ target, layout, language, onLayoutChange, onClose }: OnScreenKeyboardProps) {
  const t = keyboardT(language);
  const [katakana, setKatakana] = useState(false);
  const [shift, setShift] = useState<ShiftState>('off');
  const ref = useRef<HTMLElement>(null);
  /** The field as the last jamo left it: only a jamo typed right after it joins that syllable. */
  const composing = useRef<{ value: string; caret: number | null } | null>(null);
  useBodyInset(ref, target);
  const current = layoutFor(layout, language);
  // Kanji candidates while typing hiragana: 「おなはま」 offers 小名浜.
  const hiragana = layout === 'kana' && !katakana;
  const kanji = useCandidates(target, hiragana);

  const textOf = (key: CharKey) => {
    if (layout === 'kana') return katakana ? toKatakana(key.text) : key.text;
    if (layout === 'hangul') return shift === 'off' ? key.text : hangulShifted[key.text] ?? key.text;
    return shift === 'off' ? key.text : key.text.toUpperCase();
  };
  const typeText = (text: string) => {
    const state = composing.current;
    const joins = isJamo(text) && state?.value === target.value && state.caret === target.selectionStart;
    if (!(joins && transformBeforeCaret(target, (before) => joinJamo(before, text) ?? before))) insertText(target, text);
    composing.current = isJamo(text) ? { value: target.value, caret: target.selectionStart } : null;
    if (shift === 'once') setShift('off');
  };
  const typeAccent = (accent: AccentName) => {
    transformBeforeCaret(target, (before) => addAccent(before, accent));
    composing.current = null;
  };
  const onFunction = (id: FunctionKeyId) => {
    composing.current = null;
    switch (id) {
      case 'script': setKatakana(!katakana); break;
      case 'modifier': transformBeforeCaret(target, cycleDakuten); break;
      case 'left': moveCaret(target, -1); kanji.refresh(); break;
      case 'right': moveCaret(target, 1); kanji.refresh(); break;
      // In kana the space is the full-width one a Japanese IME types.
      case 'space': insertText(target, layout === 'kana' ? '\u3000' : ' '); break;
      case 'backspace': deleteBackward(target); break;
      case 'newline': insertText(target, '\n'); break;
      case 'done': onClose('done'); break;
    }
  };
  const title = layout === 'kana' ? t(katakana ? 'current.katakana' : 'current.hiragana') : t(`current.${layout}`);

  return (
    <section
      ref={ref}
      class={`osk osk--${layout}`}
      aria-label={t('region')}
      onPointerDown={keepFocus}
      onMouseDown={keepFocus}
    >
      <div class="osk__bar">
        <p class="osk__title" aria-live="polite">{title}</p>
        <div class="osk__switch" role="group" aria-label={t('layoutGroup')}>
          {switchableLayouts(language).map((id) => (
            <button
              type="button"
              class="osk__key osk__key--function osk__key--switch"
              aria-pressed={id === layout}
              lang={switchLanguage[id]}
              onClick={() => onLayoutChange(id)}
            >
              {t(`layoutSwitch.${id}`)}
            </button>
          ))}
        </div>
        <button type="button" class="osk__key osk__key--function osk__close" aria-label={t('keys.close')} onClick={() => onClose('close')}>
          <Icon name="close" size="1.5em" />
        </button>
      </div>
      {hiragana && <CandidateRow candidates={kanji.candidates} label={t('candidates')} onChoose={kanji.choose} />}
      <KeyGrid
        key={layout}
        layout={current}
        textOf={textOf}
        shift={shift}
        t={t}
        onChar={typeText}
        onAccent={typeAccent}
        onShift={() => setShift(nextShift[shift])}
      />
      <FunctionRow
        keys={current.functionRow}
        multiline={target instanceof HTMLTextAreaElement}
        katakana={katakana}
        t={t}
        onKey={onFunction}
      />
    </section>
  );
}
