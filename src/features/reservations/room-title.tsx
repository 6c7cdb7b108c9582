import type { Room } from '../../../contract/api/reservations';
import { currentLanguage } from '../../i18n';
import { roomName } from './room-name';
import '../../ui/place-name.css';

/**
 * A room's name in the reader's language (else English), with the Japanese name beside it
 * as on the facility's own signs — the same rule as PlaceName for sites and facilities.
 */
export function RoomTitle({ room, class: className }: { room: Pick<Room, 'name'>; class?: string }) {
  const name = roomName(room, currentLanguage.value);
  const japanese = room.name.ja;
  if (name.lang === 'ja' || !japanese) return <span class={className} lang={name.lang}>{name.text}</span>;
  return (
    <span class="place-name">
      <span class={className ? `${className} place-name__latin` : 'place-name__latin'} lang={name.lang}>{name.text}</span>
      {' '}<span class="place-name__ja" lang="ja">{japanese}</span>
    </span>
  );
}
