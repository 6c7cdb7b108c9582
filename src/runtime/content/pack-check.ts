import { activePack, readPackFile } from '../../db/packs';
import { rejectActivePack, type RejectOutcome } from '../../db/pack-rejection';
import { readSetting, writeSetting, type CheckedPack } from '../../db/settings';
import { parseManifest } from '../../lib/pack/plan';
import { checkPackUsable, pathsToCheck } from '../../lib/pack/usability';
import type { PackManifest } from '../../lib/content/pack-types';

/**
 * The safety net after a switch: reads back the few documents this device cannot do
 * without, from the database (what the screens will read, not what was downloaded),
 * and rolls back if they are unusable. Undefined when the new pack is good; a good
 * pack is remembered as checked, so the start-up check need not read it again.
 */
export async function checkSwitchedPack(manifest: PackManifest, terminalId: string | undefined): Promise<RejectOutcome | undefined> {
  const listed = manifest.files.map((f) => f.path);
  const paths = pathsToCheck(listed, terminalId);
  const documents = new Map(await Promise.all(paths.map(async (path) => [path, await readPackFile(manifest.version, path)] as const)));
  const problem = checkPackUsable(documents, listed, terminalId);
  if (problem) return rejectActivePack(manifest.version, problem);
  // A failed write only means the next start checks this version once more.
  await writeSetting('checkedPack', { version: manifest.version, terminalId: terminalId ?? null }).catch(() => undefined);
  return undefined;
}

/**
 * The same check once at start, on the pack already active: closes the window in
 * which the app was closed after a switch but before its check finished (the updater
 * would otherwise call that version up to date and never look at it again). Skipped
 * when this version already passed for this terminal: the check reads and parses the
 * pack's search shards, work no start should repeat for a pack that cannot have changed.
 */
export async function checkActivePackAtStart(terminalId: string | undefined): Promise<RejectOutcome | undefined> {
  const active = await activePack();
  if (!active || isChecked(await readSetting('checkedPack'), active.version, terminalId)) return undefined;
  const manifest = parseManifest(active.manifest);
  return manifest ? checkSwitchedPack(manifest, terminalId) : undefined;
}

function isChecked(stored: unknown, version: string, terminalId: string | undefined): boolean {
  const checked = stored as Partial<CheckedPack> | null | undefined;
  return checked?.version === version && checked.terminalId === (terminalId ?? null);
}
