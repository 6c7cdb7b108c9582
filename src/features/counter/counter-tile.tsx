import { useNamespaceT } from '../../i18n';
import { Icon } from '../../ui/icon';

/**
 * The home screen's way to the counter board. Its strings are the counter's own
 * (a small file, loaded with the home screen's other chunks), so common stays lean.
 */
export function CounterTile() {
  const t = useNamespaceT('counter');
  if (!t) return null;
  return (
    <li>
      <a class="home-tile" href="/counter">
        <span class="home-tile__icon"><Icon name="language" size="100%" /></span>
        <span class="home-tile__text">
          <span class="home-tile__title">{t('tile.title')}</span>
          <span class="home-tile__description">{t('tile.description')}</span>
        </span>
      </a>
    </li>
  );
}
