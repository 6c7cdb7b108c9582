import type ja from '../locales/ja/common.json';
import type jaAttract from '../locales/ja/attract.json';
import type jaCounter from '../locales/ja/counter.json';
import type jaForms from '../locales/ja/forms.json';
import type jaKeyboard from '../locales/ja/keyboard.json';
import type jaLibrary from '../locales/ja/library.json';
import type jaReservations from '../locales/ja/reservations.json';
import type jaStaff from '../locales/ja/staff.json';
import type jaShelters from '../locales/ja/shelters.json';
import type jaServices from '../locales/ja/services.json';
import type jaServicesStaff from '../locales/ja/services-staff.json';
import type { LanguageCode } from './languages';
import type { Namespace } from './namespaces';

/** Japanese is the source language: its files define the keys every language must have. */
export type CommonStrings = typeof ja;
export type AttractStrings = typeof jaAttract;
export type FormsStrings = typeof jaForms;
export type KeyboardStrings = typeof jaKeyboard;
export type LibraryStrings = typeof jaLibrary;
export type ReservationsStrings = typeof jaReservations;
export type StaffStrings = typeof jaStaff;
export type CounterStrings = typeof jaCounter;
export type SheltersStrings = typeof jaShelters;
/** Issue 17: status by receipt number, reservations (citizens), and their staff console pages. */
export type ServicesStrings = typeof jaServices;
export type ServicesStaffStrings = typeof jaServicesStaff;
export { namespaces, type Namespace } from './namespaces';

type Loader = () => Promise<{ default: unknown }>;

// Each language's strings are their own chunk: a visitor downloads only the
// language they read (the service worker precaches all of them for offline use).
const loaders = import.meta.glob<{ default: unknown }>('../locales/*/*.json');

export function loaderFor(language: LanguageCode, namespace: Namespace): Loader | undefined {
  return loaders[`../locales/${language}/${namespace}.json`];
}
