import { afterEach, describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { RText, plainText, readingText } from './rtext';
import { createWordCutter } from '../lib/text/word-runs';
import { setWordCutter } from '../i18n/word-cutter';
import type { Seg } from '../lib/content/pack-types';
import { resetDisplayModes, updateDisplayModes } from '../runtime/display/display-modes';

afterEach(() => resetDisplayModes());
const value: [string, string][] | [string][] = [['避難所', 'ひなんじょ'], ['へ']] as never;

describe('furigana from build-time readings', () => {
  it('shows plain text when furigana is off', () => {
    const { container } = render(<p><RText value={value} /></p>);
    expect(container.textContent).toBe('避難所へ');
    expect(container.querySelector('ruby')).toBeNull();
  });

  it('puts the reading over kanji only when furigana is on', () => {
    updateDisplayModes({ furigana: true });
    const { container } = render(<p><RText value={value} /></p>);
    const rubies = container.querySelectorAll('ruby');
    expect(rubies).toHaveLength(1);
    expect(rubies[0]?.querySelector('rt')?.textContent).toBe('ひなんじょ');
    // Readings are visual only: names and speech use the text itself.
    expect([...container.querySelectorAll('rt, rp')].every((el) => el.getAttribute('aria-hidden') === 'true')).toBe(true);
  });

  it('gives plain and spoken forms for other uses', () => {
    expect(plainText(value)).toBe('避難所へ');
    expect(readingText(value)).toBe('ひなんじょへ');
    expect(plainText('abc')).toBe('abc');
  });

  it('allows line breaks only between the phrases the content build marked', () => {
    const phrased: Seg[] = [['避難所', 'ひなんじょ'], ['へ'], [''], ['にげる']];
    const { container } = render(<p><RText value={phrased} /></p>);
    const span = container.querySelector('span.phrases');
    expect(span?.innerHTML).toBe('避難所へ<wbr>にげる');
    expect(plainText(phrased)).toBe('避難所へにげる');
    expect(readingText(phrased)).toBe('ひなんじょへにげる');
  });
});

describe('Thai, Khmer and Burmese words (when the UI language is one of them)', () => {
  afterEach(() => setWordCutter(undefined));

  it('keeps each word on one line with a break opportunity between words, and the text unchanged', () => {
    setWordCutter(createWordCutter('th'));
    const { container } = render(<p><RText value="ภาษาไทยง่ายนิดเดียว" /></p>);
    const words = [...container.querySelectorAll('span.phrases > span.word')];
    expect(words.length).toBeGreaterThan(2);
    expect(container.querySelectorAll('span.phrases > wbr')).toHaveLength(words.length - 1);
    // Copying, searching and reading aloud see the text itself: no zero-width characters.
    expect(container.textContent).toBe('ภาษาไทยง่ายนิดเดียว');
  });

  it('lets a run of Latin letters and digits wrap: only Thai, Khmer and Burmese words are kept whole', () => {
    setWordCutter(createWordCutter('th'));
    const { container } = render(<p><RText value="รุ่น 2026.12.07-1941-dddcab55" /></p>);
    const kept = [...container.querySelectorAll('.word')].map((w) => w.textContent);
    expect(kept).toEqual(['รุ่น']);
    expect(container.textContent).toBe('รุ่น 2026.12.07-1941-dddcab55');
  });

  it('leaves Japanese from the pack, and every text in other UI languages, as they were', () => {
    setWordCutter(createWordCutter('th'));
    const { container } = render(<p><RText value={[['避難所', 'ひなんじょ'], ['へ']]} /></p>);
    expect(container.querySelector('.word')).toBeNull();
    setWordCutter(undefined);
    const plain = render(<p><RText value="ภาษาไทย" /></p>);
    expect(plain.container.innerHTML).toBe('<p>ภาษาไทย</p>');
  });
});
