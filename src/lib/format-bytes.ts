import type { TFunction } from 'i18next';

/** Human-sized byte counts ("1.2 MB") with the unit word from the UI language. */
export function formatBytes(bytes: number, t: TFunction<'common'>): string {
  if (bytes < 1024) return t('units.bytes', { value: bytes });
  if (bytes < 1024 * 1024) return t('units.kilobytes', { value: (bytes / 1024).toFixed(1) });
  return t('units.megabytes', { value: (bytes / (1024 * 1024)).toFixed(1) });
}
