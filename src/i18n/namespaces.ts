/**
 * The i18n namespaces: one strings file per language each (src/locales/<lang>/<ns>.json).
 * Plain data, so the service worker and the build scripts can read it without the app's
 * loaders (resources.ts re-exports it for the app).
 */
export const namespaces = ['common', 'attract', 'forms', 'keyboard', 'staff', 'counter', 'shelters', 'services', 'services-staff', 'library', 'reservations'] as const;
export type Namespace = (typeof namespaces)[number];
