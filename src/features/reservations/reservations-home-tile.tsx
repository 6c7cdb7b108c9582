import { useNamespaceT } from '../../i18n';
import { Icon } from '../../ui/icon';

/** The home screen's way to room reservations (its strings load with the reservations namespace). */
export function ReservationsHomeTile() {
  const tr = useNamespaceT('reservations');
  if (!tr) return null;
  return (
    <li>
      <a class="home-tile" href="/reservations">
        <span class="home-tile__icon"><Icon name="facilities" size="100%" /></span>
        <span class="home-tile__text">
          <span class="home-tile__title">{tr('tile.title')}</span>
          <span class="home-tile__description">{tr('tile.description')}</span>
        </span>
      </a>
    </li>
  );
}
