import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { initI18n, setLanguage } from '../i18n';
import { DraftTranslationNote } from './draft-translation-note';

beforeAll(async () => {
  await initI18n('ja');
});
afterEach(async () => {
  cleanup();
  await setLanguage('ja');
});

describe('the draft-translation note', () => {
  it('tells a Nepali reader, in Nepali, that the translation is unchecked', async () => {
    await setLanguage('ne');
    render(<DraftTranslationNote mark={{ source: '2026-10-01', checked: false }} />);
    const note = screen.getByText('मेसिन वा मस्यौदा अनुवाद, नगरका कर्मचारीले अझै जाँच गरेका छैनन्।');
    expect(note.getAttribute('lang')).toBe('ne');
  });

  it('is gone once a person has checked the translation, and on an original with no mark', async () => {
    await setLanguage('pt');
    const { container } = render(<><DraftTranslationNote mark={{ source: '2026-10-01', checked: true }} /><DraftTranslationNote mark={undefined} /></>);
    expect(container.textContent).toBe('');
  });
});
