import type { Room } from '../../../contract/api/reservations';

/** A room's name in the reader's language, else English, else Japanese, with the language it is in. */
export function roomName(room: Pick<Room, 'name'>, language: string): { text: string; lang: string } {
  const own = room.name[language];
  if (own) return { text: own, lang: language };
  if (language.startsWith('ja') && room.name.ja) return { text: room.name.ja, lang: 'ja' };
  if (room.name.en) return { text: room.name.en, lang: 'en' };
  return { text: room.name.ja ?? Object.values(room.name)[0] ?? '', lang: 'ja' };
}

/** Today in Tokyo, YYYY-MM-DD: slots are Tokyo's dates whatever the device's time zone. */
export function tokyoToday(now = Date.now()): string {
  return new Date(now + 9 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
