import { render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { displayModes } from '../../runtime/display/display-modes';
import { Highlighted } from './highlighted';

describe('a search result title', () => {
  const before = displayModes.value;
  afterEach(() => { displayModes.value = before; });

  it('with furigana on, shows the readings and marks the matched words whole', () => {
    displayModes.value = { ...before, furigana: true };
    const { container } = render(<Highlighted text="避難所の一覧" ruby={[['避難所', 'ひなんじょ'], ['の'], ['一覧', 'いちらん']]} terms={['避難']} />);
    expect([...container.querySelectorAll('rt')].map((rt) => rt.textContent)).toEqual(['ひなんじょ', 'いちらん']);
    expect([...container.querySelectorAll('mark')].map((m) => m.querySelector('ruby')?.firstChild?.textContent)).toEqual(['避難所']);
    expect(container.textContent?.replace(/\(.*?\)|ひなんじょ|いちらん/g, '')).toBe('避難所の一覧');
  });

  it('without readings, marks the matched characters as before', () => {
    const { container } = render(<Highlighted text="避難所の一覧" terms={['避難']} />);
    expect(container.querySelector('mark')?.textContent).toBe('避難');
    expect(container.querySelector('ruby')).toBeNull();
  });
});
