import { disasterSources } from './disaster.ts';
import { eventsSource } from './events.ts';
import { facilitiesSource } from './facilities.ts';
import { faqSource } from './faq.ts';
import { formsSource } from './forms.ts';
import { guidesSource } from './guides.ts';
import { kiosksSource } from './kiosks.ts';
import { mapLayersSource } from './map-layers.ts';
import { ordinancesSource } from './ordinances.ts';
import { phrasebookSource } from './phrasebook.ts';
import { qrKeySource } from './qr-key.ts';
import type { ContentSource } from './types.ts';

/** Every source of the pack. A new kind of content (disaster data, map layers) is one more entry. */
export const contentSources: readonly ContentSource[] = [
  guidesSource,
  faqSource,
  ordinancesSource,
  facilitiesSource,
  eventsSource,
  formsSource,
  qrKeySource,
  kiosksSource,
  ...disasterSources,
  mapLayersSource,
  phrasebookSource,
];
