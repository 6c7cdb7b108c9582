import 'i18next';
import type { AttractStrings, CommonStrings, CounterStrings, FormsStrings, KeyboardStrings, LibraryStrings, ReservationsStrings, ServicesStaffStrings, ServicesStrings, SheltersStrings, StaffStrings } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: CommonStrings; attract: AttractStrings; forms: FormsStrings; keyboard: KeyboardStrings; staff: StaffStrings;
      counter: CounterStrings;
      services: ServicesStrings;
      'services-staff': ServicesStaffStrings;
      shelters: SheltersStrings;
      library: LibraryStrings;
      reservations: ReservationsStrings;
    };
  }
}
