import type { Room } from '../../src/services/reservations/rooms.js';

/** One meeting room, closed on Mondays: 09:00–21:00 in two-hour slots, up to 3 per request, 60 days ahead. */
export const TEST_ROOM: Room = {
  id: 'test-meeting-room',
  facilityId: 'test-kominkan',
  name: { ja: 'テスト公民館 会議室', en: 'Test hall, meeting room' },
  capacity: 20,
  feeYen: 500,
  accessible: true,
  slotMinutes: 120,
  opens: '09:00',
  closes: '21:00',
  closedWeekdays: [1],
  maxSlotsPerRequest: 3,
  bookAheadDays: 60,
};
