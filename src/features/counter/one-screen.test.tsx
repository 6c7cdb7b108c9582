import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import phrasebookFile from '../../../content/phrasebook/phrasebook.json';
import { initI18n } from '../../i18n';
import type { PhrasebookPack } from '../../lib/content/phrasebook';
import { stopSpeaking } from '../../runtime/read-aloud/speech';
import { OneScreen } from './one-screen';
import type { Phrasebook } from './use-phrasebook';

/** The city's own phrasebook, as the pack holds it (plain strings are RText too). */
const pack = phrasebookFile as unknown as PhrasebookPack;
const book: Phrasebook = { ...pack, byId: new Map(pack.phrases.map((p) => [p.id, p])) };

class FakeUtterance { lang = ''; rate = 1; voice: unknown = null; constructor(public text: string) {} }
const heard: Array<{ text: string; lang: string }> = [];

beforeAll(async () => { await initI18n('ja'); });
beforeEach(() => {
  heard.length = 0;
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  vi.stubGlobal('speechSynthesis', { speak: (u: FakeUtterance) => heard.push({ text: u.text, lang: u.lang }), cancel: () => undefined, getVoices: () => [] });
});
afterEach(() => { cleanup(); stopSpeaking(); vi.unstubAllGlobals(); });

const halves = () => ({
  staff: within(document.querySelector<HTMLElement>('.counter-split__upper')!),
  citizen: within(document.querySelector<HTMLElement>('.counter-split__lower')!),
});

async function openWithNepaliCitizen() {
  render(<LocationProvider><OneScreen book={book} /></LocationProvider>);
  await waitFor(() => expect(document.querySelector('.counter-split__upper .counter-half')).toBeTruthy());
  const { citizen } = halves();
  fireEvent.click(citizen.getByRole('button', { name: /言語|ことば/ }));
  fireEvent.click(citizen.getByRole('button', { name: 'नेपाली' }));
  await waitFor(() => expect(halves().citizen.getByRole('button', { name: /भाषा/ })).toBeTruthy());
}

describe('one screen, two people', () => {
  it('shows the clerk\'s phrase on both halves, each in its own language, and reads it to the citizen in Nepali', async () => {
    await openWithNepaliCitizen();
    const { staff, citizen } = halves();
    fireEvent.click(staff.getByRole('button', { name: '本人確認書類をお持ちですか' }));
    expect(staff.getByText('本人確認書類をお持ちですか', { selector: '.counter-half__phrase *, .counter-half__phrase' })).toBeTruthy();
    expect(citizen.getByText('के तपाईंसँग परिचयपत्र छ?', { selector: '.counter-half__phrase *, .counter-half__phrase' })).toBeTruthy();
    expect(heard).toEqual([{ text: 'के तपाईंसँग परिचयपत्र छ?', lang: 'ne' }]);
    // A yes/no question: the citizen's yes and no stand out.
    expect(citizen.getByRole('button', { name: 'हो' }).className).toContain('is-expected');
    // Drafted translations say so to the reader.
    expect(citizen.getByText(/मस्यौदा/)).toBeTruthy();
  });

  it('carries a number answer from the citizen\'s pad to the clerk, in each one\'s digits', async () => {
    await openWithNepaliCitizen();
    const { staff, citizen } = halves();
    fireEvent.click(citizen.getByRole('button', { name: 'नम्बरले जवाफ दिनुहोस्' }));
    fireEvent.click(citizen.getByRole('button', { name: '4' }));
    fireEvent.click(citizen.getByRole('button', { name: '2' }));
    fireEvent.click(citizen.getByRole('button', { name: 'पठाउनुहोस्' }));
    expect(staff.getByText('42です')).toBeTruthy();
    expect(citizen.getByText('४२ हो।')).toBeTruthy();
    // The clerk reads a citizen's answer; nothing is spoken for it.
    expect(heard).toEqual([]);
  });

  it('carries a date answer picked on the project\'s calendar', async () => {
    await openWithNepaliCitizen();
    const { staff, citizen } = halves();
    fireEvent.click(citizen.getByRole('button', { name: 'मितिले जवाफ दिनुहोस्' }));
    const day = await waitFor(() => {
      const button = document.querySelector<HTMLButtonElement>('.counter-split__lower [data-date]:not([disabled])');
      expect(button).toBeTruthy();
      return button!;
    });
    const iso = day.dataset.date!;
    fireEvent.click(day);
    const [y, m, d] = iso.split('-').map(Number);
    expect(staff.getByText(`${y}年${m}月${d}日です`)).toBeTruthy();
  });
});

describe('the topics on each side', () => {
  it('offers each side only the topics it has phrases in, starting with a counter task', async () => {
    render(<LocationProvider><OneScreen book={book} /></LocationProvider>);
    await waitFor(() => expect(document.querySelector('.counter-split__lower .counter-half')).toBeTruthy());
    const { staff, citizen } = halves();
    const topicsOf = (half: ReturnType<typeof halves>['staff']) =>
      half.getAllByRole('button', { pressed: false }).concat(half.getAllByRole('button', { pressed: true }))
        .filter((b) => b.classList.contains('counter-half__topic')).map((b) => b.textContent);
    expect(topicsOf(citizen)).not.toContain('基本');
    expect(topicsOf(staff)).toContain('基本');
    expect(citizen.getByRole('button', { name: '新しい住所を登録したいです' })).toBeTruthy();
  });
});
