import { disasterAedSource } from './disaster-aed.ts';
import { disasterAlertsSource } from './disaster-alerts.ts';
import { disasterMedicalSource } from './disaster-medical.ts';
import { disasterRiverRainSource } from './disaster-river-rain.ts';
import { disasterSitesSource } from './disaster-sites.ts';
import type { ContentSource } from './types.ts';

/** Everything in content/disaster: one entry in sources/index.ts for the whole family. */
export const disasterSources: readonly ContentSource[] = [
  disasterSitesSource,
  disasterMedicalSource,
  disasterAedSource,
  disasterRiverRainSource,
  disasterAlertsSource,
];
