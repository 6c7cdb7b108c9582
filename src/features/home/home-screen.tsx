import { useT } from '../../i18n';
import { Icon, type IconName } from '../../ui/icon';
import { Page } from '../../ui/page';
import { CounterTile } from '../counter/counter-tile';
import { DisasterHomeBlock } from '../disaster/disaster-home-block';
import { LibraryHomeTile } from '../library/library-home-tile';
import { ReservationsHomeTile } from '../reservations/reservations-home-tile';
import './home-screen.css';

interface Tile { area: 'guides' | 'disaster' | 'facilities' | 'forms' | 'scan' | 'language' | 'display'; href: string; icon: IconName; tone?: 'alert' }

const tiles: readonly Tile[] = [
  { area: 'disaster', href: '/disaster', icon: 'disaster', tone: 'alert' },
  { area: 'guides', href: '/guides', icon: 'guides' },
  { area: 'facilities', href: '/facilities', icon: 'facilities' },
  { area: 'forms', href: '/forms', icon: 'forms' },
  { area: 'scan', href: '/scan', icon: 'scan' },
  { area: 'language', href: '/language', icon: 'language' },
  { area: 'display', href: '/settings', icon: 'display' },
];

export default function HomeScreen() {
  const t = useT();
  return (
    <Page title={t('home.title')}>
      <DisasterHomeBlock />
      <p class="home__intro">{t('home.intro')}</p>
      <ul class="home__tiles" role="list">
        {tiles.map((tile) => (
          <li key={tile.area}>
            <a class={`home-tile${tile.tone ? ` home-tile--${tile.tone}` : ''}`} href={tile.href}>
              <span class="home-tile__icon"><Icon name={tile.icon} size="100%" /></span>
              <span class="home-tile__text">
                <span class="home-tile__title">{t(`areas.${tile.area}.title`)}</span>
                <span class="home-tile__description">{t(`areas.${tile.area}.description`)}</span>
              </span>
            </a>
          </li>
        ))}
        <ReservationsHomeTile />
        <LibraryHomeTile />
        <CounterTile />
      </ul>
    </Page>
  );
}
