import { computed, signal } from '@preact/signals';
import { shelterStates, unusableShelterStates, type ShelterState, type ShelterStatus } from '../../../contract/api/shelters';
import type { KnownShelterStatus } from './shelter-types';

/**
 * Shelter status as this device last heard it (a kiosk's stream, a phone's poll, or the
 * copy kept from before the network went), undefined until anything is known.
 */
export const knownShelterStatus = signal<KnownShelterStatus | undefined>(undefined);
/** True while the kiosk's stream is open or the last poll succeeded: what is shown is current. */
export const shelterStatusLive = signal(false);

export const shelterStatusBySite = computed(() => {
  const map = new Map<string, ShelterStatus>();
  for (const status of knownShelterStatus.value?.statuses ?? []) map.set(status.siteId, status);
  return map;
});

/** A site's state only when staff reported one: no report is "unknown", never "open". */
export function shelterState(statuses: ReadonlyMap<string, ShelterStatus>, siteId: string): ShelterState | undefined {
  return statuses.get(siteId)?.state;
}

export function isUnusable(state: ShelterState | undefined): boolean {
  return state !== undefined && unusableShelterStates.includes(state);
}

/** Keeps only well-formed statuses: the list may come from storage written by an older version. */
export function parseKnownStatus(value: unknown): KnownShelterStatus | undefined {
  const v = value as Partial<KnownShelterStatus> | null;
  if (!v || typeof v !== 'object' || !Array.isArray(v.statuses) || typeof v.at !== 'string' || typeof v.receivedAt !== 'number') return undefined;
  const statuses = v.statuses.filter((s): s is ShelterStatus => !!s && typeof s.siteId === 'string' && shelterStates.includes(s.state)
    && typeof s.setAt === 'string' && (s.headcount === null || typeof s.headcount === 'number'));
  return { statuses, at: v.at, receivedAt: v.receivedAt };
}
