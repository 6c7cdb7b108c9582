import 'i18next';
import type { AttractStrings, CommonStrings, CounterStrings, FormsStrings, KeyboardStrings, LibraryStrings, StaffStrings } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: CommonStrings; attract: AttractStrings; forms: FormsStrings; keyboard: KeyboardStrings; staff: StaffStrings; counter: CounterStrings; library: LibraryStrings };
  }
}
