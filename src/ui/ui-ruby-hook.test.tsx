import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { activateUiRuby, addUiRubyTable } from '../i18n/ui-ruby';
import { resetDisplayModes, updateDisplayModes } from '../runtime/display/display-modes';
import { installUiRuby } from './ui-ruby-hook';
import { setWordCutter } from '../i18n/word-cutter';
import { createWordCutter } from '../lib/text/word-runs';

beforeAll(() => {
  addUiRubyTable('ja', [
    [['検索', 'けんさく']],
    [['崖崩', 'がけくず'], ['れ・'], [''], ['土石流', 'どせきりゅう']],
  ]);
  installUiRuby();
});
afterEach(() => {
  resetDisplayModes();
  activateUiRuby('ja');
});

describe('UI strings rendered with their build-time furigana', () => {
  it('breaks lines only between phrases, with furigana off', () => {
    activateUiRuby('ja');
    const { container } = render(<button type="button">{'崖崩れ・土石流'}</button>);
    const button = container.querySelector('button');
    expect(button?.textContent).toBe('崖崩れ・土石流');
    expect(button?.querySelector('.phrases wbr')).not.toBeNull();
    expect(button?.querySelector('ruby')).toBeNull();
  });

  it('puts readings over the kanji of a UI string in furigana mode, among other children', () => {
    activateUiRuby('ja');
    updateDisplayModes({ furigana: true });
    const { container } = render(<p>{'検索'}{': '}<b>x</b></p>);
    expect(container.querySelector('ruby rt')?.textContent).toBe('けんさく');
    expect(container.querySelector('p')?.lastChild?.textContent).toBe('x');
  });

  it('leaves attributes, option text and other languages plain', () => {
    activateUiRuby('ja');
    updateDisplayModes({ furigana: true });
    const { container } = render(
      <div>
        <button type="button" aria-label="検索">?</button>
        <select><option>検索</option></select>
      </div>,
    );
    expect(container.querySelector('ruby')).toBeNull();
    expect(container.querySelector('button')?.getAttribute('aria-label')).toBe('検索');
    activateUiRuby('en');
    const english = render(<p>{'検索'}</p>);
    expect(english.container.querySelector('ruby')).toBeNull();
  });
});

describe('UI strings in Burmese (no spaces between words)', () => {
  afterEach(() => setWordCutter(undefined));

  it('keeps each word of a label on one line, its text unchanged, attributes left alone', () => {
    activateUiRuby('my');
    setWordCutter(createWordCutter('my'));
    const label = 'ဘေးလွတ်ရာ ရွှေ့ပြောင်းခြင်း';
    const { container } = render(<a href="/disaster" aria-label={label}>{label}</a>);
    const link = container.querySelector('a');
    expect(link?.textContent).toBe(label);
    expect(link?.querySelectorAll('.phrases .word').length).toBeGreaterThan(1);
    expect(link?.getAttribute('aria-label')).toBe(label);
  });
});
