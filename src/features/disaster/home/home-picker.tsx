import { useState } from 'preact/hooks';
import { useNamespaceT } from '../../../i18n';
import { packPaths, type Town, type TownList } from '../../../lib/content/pack-types';
import { useContent } from '../../../runtime/content/content-store';
import { RText, WithFurigana, plainText } from '../../../ui/rtext';
import { homePlace } from '../here';
import { filterTowns, shownTowns, townForPostal } from './town-match';
import './home.css';

/**
 * "Near my home": pick the 町名 (a list in 五十音 order with readings, narrowed by typing in
 * kana) or type a postal code; distances are then measured from that town's representative
 * point. Nothing is stored: where someone lives stays in this page's memory.
 */
export function HomePicker() {
  const t = useNamespaceT('shelters');
  const content = useContent<TownList>(packPaths.towns);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [postal, setPostal] = useState('');
  const [postalProblem, setPostalProblem] = useState(false);
  if (!t || content.status !== 'ready' || content.data.towns.length === 0) return null;
  const { towns, sample } = content.data;
  const choose = (town: Town) => {
    homePlace.value = { label: plainText(town.name), point: { lat: town.lat, lng: town.lng } };
    setOpen(false);
    setQuery('');
  };
  async function findPostal(event: Event) {
    event.preventDefault();
    const { lookupPostal } = await import('../../../lib/forms/postal');
    const match = lookupPostal(postal);
    const town = match ? townForPostal(towns, match.town) : undefined;
    setPostalProblem(!town);
    if (town) choose(town);
  }
  if (!open) {
    return <p><button type="button" class="button home-picker__open" onClick={() => setOpen(true)}>{t('home.open')}</button></p>;
  }
  const found = filterTowns(towns, query);
  return (
    <section class="home-picker stack" aria-labelledby="home-picker-title">
      <h3 id="home-picker-title">{t('home.title')}</h3>
      {sample && <p class="home-picker__sample">{t('home.sample')}</p>}
      <form class="home-picker__postal cluster" onSubmit={(e) => void findPostal(e)}>
        <label for="home-postal">{t('home.postal')}</label>
        <input id="home-postal" type="text" inputMode="numeric" autocomplete="off" value={postal} onInput={(e) => setPostal(e.currentTarget.value)} />
        <button type="submit" class="button">{t('home.postalGo')}</button>
      </form>
      <p role="status" class="home-picker__problem">{postalProblem ? t('home.postalNone') : ''}</p>
      <div class="home-picker__search">
        <label for="home-town-search">{t('home.search')}</label>
        <input id="home-town-search" type="search" autocomplete="off" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </div>
      <WithFurigana>
        <ul class="home-picker__towns" role="list" aria-label={t('home.list')}>
          {found.slice(0, shownTowns).map((town) => (
            <li key={town.code}>
              <button type="button" class="button home-picker__town" lang="ja" onClick={() => choose(town)}><RText value={town.name} /></button>
            </li>
          ))}
        </ul>
      </WithFurigana>
      <p role="status">{found.length === 0 ? t('home.none') : found.length > shownTowns ? t('home.more', { count: found.length - shownTowns }) : ''}</p>
      <p><button type="button" class="button" onClick={() => setOpen(false)}>{t('home.close')}</button></p>
    </section>
  );
}

/** While a home is chosen: where distances are measured from, and the way back. */
export function HomeNote({ label }: { label: string }) {
  const t = useNamespaceT('shelters');
  if (!t) return null;
  return (
    <div class="here-note">
      <p class="here-note__text">
        <span class="here-note__mark" aria-hidden="true">⌂</span> {t('home.from', { place: label })}
      </p>
      <button type="button" class="button home-note__clear" onClick={() => { homePlace.value = undefined; }}>{t('home.clear')}</button>
    </div>
  );
}
