import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { currentLanguage, useT } from '../../i18n';
import { searchKinds, type SearchKind } from '../../lib/content/pack-types';
import type { SearchHit } from '../../lib/search/types';
import { Page } from '../../ui/page';
import { Highlighted } from './highlighted';
import { searchClient } from './search-service';
import { kioskSearchQuery } from './search-query';
import './search.css';

type State = { status: 'idle' } | { status: 'searching' } | { status: 'done'; hits: SearchHit[] } | { status: 'failed' };

function hrefOf(hit: SearchHit): string {
  switch (hit.kind) {
    case 'guides': return `/guides/${hit.docId}`;
    case 'forms': return `/f/${hit.docId}`;
    case 'faq': return `/faq#${hit.docId}`;
    case 'ordinances': return `/ordinances/${hit.docId}`;
    case 'facilities': return `/facilities/${hit.docId}`;
  }
}


/** Offline search over guides, forms, FAQ, ordinances and facilities, in a worker. */
export default function SearchScreen() {
  const t = useT();
  const { query } = useLocation();
  const q = (query.q ?? kioskSearchQuery.value).trim();
  const [kind, setKind] = useState<SearchKind | 'all'>('all');
  const [state, setState] = useState<State>({ status: 'idle' });

  useEffect(() => {
    if (!q) { setState({ status: 'idle' }); return; }
    let live = true;
    setState({ status: 'searching' });
    const lang = currentLanguage.value;
    void searchClient()
      .search(q, { lang, limit: 60, ...(kind === 'all' ? {} : { kinds: [kind] }) })
      .then((result) => {
        if (!live) return;
        setState(result.ok && result.value.unavailable.length < searchKinds.length
          ? { status: 'done', hits: result.value.hits }
          : { status: 'failed' });
      });
    return () => { live = false; };
  }, [q, kind, currentLanguage.value]);

  return (
    <Page title={t('search.title')}>
      <div class="cluster search__filters" role="group" aria-label={t('facilities.filter')}>
        {(['all', ...searchKinds] as const).map((k) => (
          <button key={k} type="button" class="button" aria-pressed={kind === k} onClick={() => setKind(k)}>
            {t(`search.kinds.${k}`)}
          </button>
        ))}
      </div>
      <div role="status" class="search__status">
        {state.status === 'idle' && <p>{t('search.empty')}</p>}
        {state.status === 'searching' && <p>{t('content.loading')}</p>}
        {state.status === 'failed' && <p>{t('search.unavailable')}</p>}
        {state.status === 'done' && (
          <p>{state.hits.length ? t('search.resultsFor', { query: q, count: state.hits.length }) : t('search.none', { query: q })}</p>
        )}
      </div>
      {state.status === 'done' && state.hits.length > 0 && (
        <ol class="search__results" role="list">
          {state.hits.map((hit) => (
            <li key={hit.id} class="search-hit" lang={hit.lang === 'ja-easy' ? 'ja' : hit.lang}>
              <a class="search-hit__title" href={hrefOf(hit)}><Highlighted text={hit.title} ruby={hit.titleRuby} terms={hit.terms} /></a>
              <span class="search-hit__kind" lang={undefined}>{t(`search.kinds.${hit.kind}`)}</span>
              <p class="search-hit__snippet"><Highlighted text={hit.snippet} terms={hit.terms} /></p>
            </li>
          ))}
        </ol>
      )}
    </Page>
  );
}
