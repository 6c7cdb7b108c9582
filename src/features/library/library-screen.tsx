import { useEffect, useRef, useState } from 'preact/hooks';
import { BRANCHES } from '../../../contract/library-branches';
import { LIBRARY_PAGE_SIZE, MAX_COUNTED } from '../../../contract/api/library';
import { useNamespaceT, useT } from '../../i18n';
import { Page } from '../../ui/page';
import { searchLibrary, type LibrarySearchError, type LibrarySearchParams } from './library-api';
import { lastSearch } from './library-state';
import { RecordCard } from './record-card';
import '../forms/fields/fields.css';
import './library.css';

/** Wait this long after the last key before asking the server: a kiosk types one kana at a time. */
const TYPING_PAUSE_MS = 400;

type Status = { kind: 'idle' } | { kind: 'searching' } | { kind: 'done' } | { kind: 'error'; error: LibrarySearchError };

/** /library — the city library's catalogue: search by title, author, reading or ISBN; availability per branch. */
export default function LibraryScreen() {
  const t = useT();
  const tl = useNamespaceT('library');
  const remembered = lastSearch.value;
  const [q, setQ] = useState(remembered?.params.q ?? '');
  const [branch, setBranch] = useState(remembered?.params.branch ?? '');
  const [available, setAvailable] = useState(remembered?.params.available ?? false);
  const [offset, setOffset] = useState(remembered?.params.offset ?? 0);
  const [status, setStatus] = useState<Status>({ kind: remembered ? 'done' : 'idle' });
  const latest = useRef(0);

  useEffect(() => {
    const query = q.trim();
    if (query === '') {
      setStatus({ kind: 'idle' });
      return;
    }
    const params: LibrarySearchParams = { q: query, branch: branch || undefined, available, offset };
    const same = lastSearch.peek()?.params;
    if (same && JSON.stringify(same) === JSON.stringify(params)) return;
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      setStatus({ kind: 'searching' });
      void searchLibrary(params).then((result) => {
        if (ticket !== latest.current) return;
        if (result.ok) {
          lastSearch.value = { params, result: result.value };
          setStatus({ kind: 'done' });
        } else {
          // The last results stay on screen, under the message.
          setStatus({ kind: 'error', error: result.error });
        }
      });
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [q, branch, available, offset]);

  if (!tl) return <Page title={t('content.loading')}><p role="status">{t('content.loading')}</p></Page>;
  const shown = lastSearch.value;
  const result = shown?.result;
  const from = (shown?.params.offset ?? 0) + 1;
  return (
    <Page title={tl('search.title')}>
      <form class="library-search" role="search" onSubmit={(e) => e.preventDefault()}>
        <label class="library-search__label" for="library-q">{tl('search.label')}</label>
        <input
          id="library-q"
          class="field__input library-search__input"
          type="search"
          value={q}
          data-osk="kana"
          autocomplete="off"
          spellcheck={false}
          aria-describedby="library-hint"
          onInput={(e) => { setQ(e.currentTarget.value); setOffset(0); }}
        />
        <p id="library-hint" class="library-search__hint">{tl('search.hint')}</p>
        <div class="cluster library-search__filters">
          <label class="library-search__filter">
            <span>{tl('search.branch')}</span>
            <select class="field__input" value={branch} onChange={(e) => { setBranch(e.currentTarget.value); setOffset(0); }}>
              <option value="">{tl('search.allBranches')}</option>
              {BRANCHES.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
            </select>
          </label>
          <label class="library-search__filter library-search__check">
            <input type="checkbox" checked={available} onChange={(e) => { setAvailable(e.currentTarget.checked); setOffset(0); }} />
            <span>{tl('search.availableOnly')}</span>
          </label>
        </div>
      </form>

      <div role="status" class="library-status">
        {status.kind === 'searching' && <p>{tl('search.searching')}</p>}
        {status.kind === 'error' && (
          <p class="notice library-status__offline">
            {status.error === 'offline' ? (result ? tl('search.offline') : tl('search.offlineEmpty')) : tl('search.failed')}
          </p>
        )}
        {status.kind === 'done' && result && shown && (
          <p>
            {result.total === 0
              ? tl('search.none', { query: shown.params.q })
              : result.total >= MAX_COUNTED ? tl('search.manyResults', { count: MAX_COUNTED }) : tl('search.results', { count: result.total })}
          </p>
        )}
        {status.kind === 'done' && result?.fuzzy && result.total > 0 && <p>{tl('search.fuzzy')}</p>}
      </div>

      {result && result.records.length > 0 && (
        <>
          <ol class="library-results" role="list" start={from}>
            {result.records.map((record) => <li key={record.id}><RecordCard record={record} t={tl} /></li>)}
          </ol>
          <nav class="cluster library-pages" aria-label={tl('search.page', { from, to: from + result.records.length - 1 })}>
            <button type="button" class="button" disabled={from <= 1} onClick={() => setOffset(Math.max(0, from - 1 - LIBRARY_PAGE_SIZE))}>{tl('search.previous')}</button>
            <span>{tl('search.page', { from, to: from + result.records.length - 1 })}</span>
            <button type="button" class="button" disabled={from - 1 + result.records.length >= result.total} onClick={() => setOffset(from - 1 + LIBRARY_PAGE_SIZE)}>{tl('search.next')}</button>
          </nav>
        </>
      )}
    </Page>
  );
}
