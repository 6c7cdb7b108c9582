import { useNamespaceT } from '../../i18n';
import { Icon } from '../../ui/icon';

/** The home screen's way into the library catalogue (its strings load with the library namespace). */
export function LibraryHomeTile() {
  const tl = useNamespaceT('library');
  if (!tl) return null;
  return (
    <li>
      <a class="home-tile" href="/library">
        <span class="home-tile__icon"><Icon name="guides" size="100%" /></span>
        <span class="home-tile__text">
          <span class="home-tile__title">{tl('tile.title')}</span>
          <span class="home-tile__description">{tl('tile.description')}</span>
        </span>
      </a>
    </li>
  );
}
