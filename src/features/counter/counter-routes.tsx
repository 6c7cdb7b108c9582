import { useRoute } from 'preact-iso';
import { NotFoundScreen } from '../errors/not-found-screen';
import CounterScreen from './counter-screen';
import JoinScreen from './join-screen';
import OneScreenRoute from './one-screen-route';

/** /counter, /counter/one (one screen, offline) and /counter/join (two screens): one lazy chunk. */
export default function CounterRoutes() {
  const { params } = useRoute();
  switch (params.mode) {
    case undefined:
    case '':
      return <CounterScreen />;
    case 'one':
      return <OneScreenRoute />;
    case 'join':
      return <JoinScreen />;
    default:
      return <NotFoundScreen />;
  }
}
