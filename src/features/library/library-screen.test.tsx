import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import type { LibrarySearchResult } from '../../../contract/api/library';
import { initI18n, loadNamespace } from '../../i18n';
import { resetDisplayModes, updateDisplayModes } from '../../runtime/display/display-modes';
import { lastSearch } from './library-state';
import LibraryScreen from './library-screen';

const found: LibrarySearchResult = {
  total: 1,
  fuzzy: false,
  records: [{
    id: 'sample-000001', title: '銀河鉄道の夜', titleReading: 'ギンガ テツドウ ノ ヨル', author: '宮沢 賢治', authorReading: 'ミヤザワ ケンジ',
    publisher: '磐城書房', year: 1989, isbn13: '9784000000017', ndc: '913.6', sample: true,
    holdings: [{ branch: 'sogo', status: 'on_loan' }, { branch: 'nakoso', status: 'available' }],
  }],
};

beforeAll(async () => {
  await initI18n('ja');
  await loadNamespace('library', ['ja']);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  lastSearch.value = undefined;
  resetDisplayModes();
});

function open() {
  render(<LocationProvider><LibraryScreen /></LocationProvider>);
  return screen.getByLabelText('本の名前・書いた人・ISBN（ひらがなでも）');
}

describe('library search screen', () => {
  it('shows each branch\'s copy and the title as catalogued, with its reading as furigana when asked', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(found), { status: 200 })));
    updateDisplayModes({ furigana: true });
    fireEvent.input(open(), { target: { value: 'ぎんが' } });
    const title = await screen.findByRole('heading', { level: 2 });
    expect(title.textContent).toContain('銀河鉄道の夜');
    expect(title.querySelector('rt')?.textContent).toBe('ぎんがてつどうのよる');
    const copies = [...document.querySelectorAll('.library-holding')].map((li) => li.textContent);
    expect(copies).toEqual([expect.stringMatching(/いわき総合図書館.*貸出中/), expect.stringMatching(/勿来図書館.*借りられます/)]);
    expect(screen.getByText('サンプル（架空の蔵書）')).toBeTruthy();
    expect(screen.getByRole('link', { name: /この本を予約する/ }).getAttribute('href')).toBe('/library/hold/sample-000001');
  });

  it('says the catalogue is unavailable offline and keeps the last results on screen', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(found), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const box = open();
    fireEvent.input(box, { target: { value: 'ぎんが' } });
    await screen.findByRole('heading', { level: 2 });
    fetchMock.mockImplementation(async () => { throw new TypeError('Failed to fetch'); });
    fireEvent.input(box, { target: { value: 'ぎんがて' } });
    await screen.findByText('オフライン：蔵書検索は使えません。前にさがした結果を表示しています。');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('銀河鉄道の夜');
  });

  it('types into a box the on-screen kana keyboard opens on', () => {
    expect(open().getAttribute('data-osk')).toBe('kana');
  });

  it('asks the server once the typing pauses, not per key', async () => {
    const fetchMock = vi.fn(async (_url: string) => new Response(JSON.stringify(found), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const box = open();
    for (const text of ['ぎ', 'ぎん', 'ぎんが']) fireEvent.input(box, { target: { value: text } });
    await screen.findByRole('heading', { level: 2 });
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    expect(String(fetchMock.mock.calls[0]?.[0])).toBe(`/api/library/search?q=${encodeURIComponent('ぎんが')}`);
  });
});
