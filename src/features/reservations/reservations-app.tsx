import { useRoute } from 'preact-iso';
import RoomScreen from './room-screen';
import RoomsScreen from './rooms-screen';

/**
 * /reservations and /reservations/<room>: one route and one chunk for the citizen's
 * reservation screens (公共施設予約), so the entry chunk carries a single route entry.
 */
export default function ReservationsApp() {
  const { params } = useRoute();
  const [roomId] = (params.page ?? '').split('/');
  return roomId ? <RoomScreen key={roomId} roomId={decodeURIComponent(roomId)} /> : <RoomsScreen />;
}
