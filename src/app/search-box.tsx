import { useLocation } from 'preact-iso';
import { useT } from '../i18n';
import './search-box.css';

/** The one search box, on every screen. Submitting opens the results screen. */
export function SearchBox() {
  const t = useT();
  const { route, query } = useLocation();
  return (
    <form
      role="search"
      class="search-box"
      action="/search"
      onSubmit={(e) => {
        e.preventDefault();
        const q = new FormData(e.currentTarget).get('q');
        route(`/search?q=${encodeURIComponent(typeof q === 'string' ? q.trim() : '')}`);
      }}
    >
      <label class="visually-hidden" for="search-q">{t('search.label')}</label>
      <input id="search-q" class="search-box__input" type="search" name="q" enterKeyHint="search"
        placeholder={t('search.placeholder')} value={query.q ?? ''} autoComplete="off" maxLength={100} />
      <button type="submit" class="button button--primary search-box__submit">{t('search.submit')}</button>
    </form>
  );
}
