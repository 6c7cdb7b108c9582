import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { restorePreferences } from './preferences';
import { deviceKind } from '../config/device';
import { readKioskMarker } from '../config/kiosk-marker';
import { MadoguchiDatabase, databaseName } from '../db/database';
import { kioskIdentity } from '../runtime/kiosk/kiosk-identity';
import { kioskProblem } from '../runtime/kiosk/kiosk-state';

/** Just enough Cache Storage (happy-dom has none) to hold the kiosk marker. */
function memoryCaches(): CacheStorage {
  const stores = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    const entries = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, entries);
    return {
      put: async (request: string, response: Response) => { entries.set(request, response); },
      match: async (request: string) => entries.get(request)?.clone(),
    } as unknown as Cache;
  };
  return { has: async (name: string) => stores.has(name), open } as unknown as CacheStorage;
}

const identity = { terminalId: 'onahama-shisho-01', deviceToken: 'device-token', enrolledAt: '2026-12-01T00:00:00.000Z' };
const phoneUrl = new URL('http://localhost/');
const launchUrl = new URL('http://localhost/attract?kiosk=onahama-shisho-01');

beforeEach(() => {
  vi.stubGlobal('caches', memoryCaches());
  deviceKind.value = 'phone';
  kioskIdentity.value = undefined;
  kioskProblem.value = undefined;
});
afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await Dexie.delete(databaseName);
});

function breakIndexedDb(): void {
  vi.spyOn(indexedDB, 'open').mockImplementation(() => { throw new DOMException('disk error', 'UnknownError'); });
}

describe('deciding at start whether this browser is a kiosk', () => {
  it('a browser with no marker and no identity is a phone', async () => {
    await restorePreferences(phoneUrl);
    expect(deviceKind.value).toBe('phone');
    expect(await readKioskMarker()).toBeUndefined();
  });

  it('a launch URL with the marker makes a kiosk, and the marker is kept for the wipe’s reload', async () => {
    const db = new MadoguchiDatabase();
    await db.settings.put({ key: 'kiosk', value: identity });
    db.close();
    await restorePreferences(launchUrl);
    expect(deviceKind.value).toBe('kiosk');
    expect(kioskIdentity.value).toEqual(identity);
    expect(kioskProblem.value).toBeUndefined();
    deviceKind.value = 'phone';
    await restorePreferences(new URL('http://localhost/attract'));
    expect(deviceKind.value).toBe('kiosk');
  });

  it('a marked kiosk whose database cannot be read stays a kiosk, with a problem for the operator screen', async () => {
    await restorePreferences(launchUrl);
    breakIndexedDb();
    deviceKind.value = 'phone';
    kioskProblem.value = undefined;
    await restorePreferences(new URL('http://localhost/attract'));
    expect(deviceKind.value).toBe('kiosk');
    expect(kioskProblem.value).toBe('unreadable');
  });

  it('a marked kiosk that was never enrolled says so', async () => {
    await restorePreferences(launchUrl);
    expect(deviceKind.value).toBe('kiosk');
    expect(kioskProblem.value).toBe('not-enrolled');
  });

  it('a failed enrolment keeps its own reason', async () => {
    kioskProblem.value = 'refused';
    await restorePreferences(new URL('http://localhost/?kiosk=onahama-shisho-01&token=wrong'));
    expect(deviceKind.value).toBe('kiosk');
    expect(kioskProblem.value).toBe('refused');
  });

  it('a terminal enrolled before the marker existed is a kiosk, and is marked from now on', async () => {
    const db = new MadoguchiDatabase();
    await db.settings.put({ key: 'kiosk', value: identity });
    db.close();
    await restorePreferences(new URL('http://localhost/attract'));
    expect(deviceKind.value).toBe('kiosk');
    await vi.waitFor(async () => expect(await readKioskMarker()).toEqual({ terminalId: identity.terminalId }));
  });

  it('a phone whose database cannot be read is still a phone', async () => {
    breakIndexedDb();
    await restorePreferences(phoneUrl);
    expect(deviceKind.value).toBe('phone');
  });
});
