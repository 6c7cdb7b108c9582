import type { BootPackFiles } from '../../db/boot-pack';
import { activePackVersion } from './pack-status';

/**
 * Documents read at start without Dexie (db/boot-pack), by version: a kiosk's first
 * screen renders from them at once (see content-store). Any other version is read from
 * the database. Its own small module so the start-up code need not carry the store.
 */
let primed: BootPackFiles | undefined;

export function primeContent(boot: BootPackFiles): void {
  primed = boot;
  activePackVersion.value ??= boot.version;
}

export function primedDocument(version: string | undefined, path: string): { data: unknown } | undefined {
  return primed && version === primed.version && primed.files.has(path) ? { data: primed.files.get(path) } : undefined;
}
