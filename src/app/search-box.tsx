import { useLocation } from 'preact-iso';
import { useT } from '../i18n';
import { deviceKind } from '../config/device';
import { kioskSearchQuery } from '../features/search/search-query';
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
        const raw = new FormData(e.currentTarget).get('q');
        const q = typeof raw === 'string' ? raw.trim() : '';
        if (deviceKind.value === 'kiosk') {
          kioskSearchQuery.value = q;
          route('/search');
        } else {
          route(`/search?q=${encodeURIComponent(q)}`);
        }
      }}
    >
      <label class="visually-hidden" for="search-q">{t('search.label')}</label>
      <input id="search-q" class="search-box__input" type="search" name="q" enterKeyHint="search"
        placeholder={t('search.placeholder')} value={deviceKind.value === 'kiosk' ? kioskSearchQuery.value : (query.q ?? '')} autoComplete="off" maxLength={100} />
      <button type="submit" class="button button--primary search-box__submit">{t('search.submit')}</button>
    </form>
  );
}
