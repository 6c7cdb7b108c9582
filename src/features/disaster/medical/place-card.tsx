import type { ComponentChildren } from 'preact';
import { useT } from '../../../i18n';
import type { RText as RTextValue } from '../../../lib/content/pack-types';
import { deviceKind } from '../../../config/device';
import { RText } from '../../../ui/rtext';
import { DirectionArrow } from '../direction-arrow';
import { directionText, distanceText } from '../site-rows';
import type { PlaceRow } from './medical-model';

/** A clinic, hospital or AED: name, how far and which way, then whatever the caller adds. */
export function PlaceCard({ row, name, phone, children }: { row: PlaceRow<unknown>; name: RTextValue; phone: string; children?: ComponentChildren }) {
  const t = useT();
  return (
    <article class="place-card">
      <h3 class="place-card__name" lang="ja"><RText value={name} /></h3>
      <p class="site-card__distance">
        <DirectionArrow bearing={row.bearing} />
        <span><strong>{distanceText(row, t)}</strong><br />{directionText(row, t)}</span>
      </p>
      {children}
      {phone && (
        <p class="place-card__phone">
          {t('disaster.medical.phone')}: {deviceKind.value === 'kiosk' ? <strong>{phone}</strong> : <a href={`tel:${phone}`}>{phone}</a>}
        </p>
      )}
    </article>
  );
}

/** Wheelchair, accessible toilet and parking, in words with a check mark, as the facility page shows them. */
export function AccessibilityNotes({ accessibility }: { accessibility: { wheelchair: boolean | null; accessibleToilet: boolean | null; parking: string | null } }) {
  const t = useT();
  const notes = [
    accessibility.wheelchair ? t('facilities.wheelchair') : null,
    accessibility.accessibleToilet ? t('facilities.accessibleToilet') : null,
    accessibility.parking ? t('facilities.parking', { parking: accessibility.parking }) : null,
  ].filter((n): n is string => n !== null);
  if (notes.length === 0) return null;
  return (
    <ul class="badge-list" role="list" aria-label={t('disaster.medical.accessibility')}>
      {notes.map((n) => <li key={n} class="badge"><span aria-hidden="true">✓</span>{n}</li>)}
    </ul>
  );
}
