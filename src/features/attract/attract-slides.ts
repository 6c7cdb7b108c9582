import type { AttractCard } from '../../lib/kiosk/config';

/** A slide of the attract loop: a configured card, or the emergency alert (never configured: the notice decides). */
export type AttractSlide = AttractCard | 'alert';

/**
 * In disaster mode the alert comes first and then after every other card, so a
 * passer-by sees it within one rotation whenever they look; the configured cards
 * still show in between (the languages card tells them they can read it in theirs).
 */
export function attractSlides(cards: readonly AttractCard[], alert: boolean): AttractSlide[] {
  if (!alert) return [...cards];
  return cards.flatMap((card): AttractSlide[] => ['alert', card]);
}
