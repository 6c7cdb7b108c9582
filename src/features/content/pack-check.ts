import { activePack, readPackFile } from '../../db/packs';
import { rejectActivePack, type RejectOutcome } from '../../db/pack-rejection';
import { parseManifest } from '../../lib/pack/plan';
import { checkPackUsable, pathsToCheck } from '../../lib/pack/usability';
import type { PackManifest } from '../../lib/content/pack-types';

/**
 * The safety net after a switch: reads back the few documents this device cannot do
 * without, from the database (what the screens will read, not what was downloaded),
 * and rolls back if they are unusable. Undefined when the new pack is good.
 */
export async function checkSwitchedPack(manifest: PackManifest, terminalId: string | undefined): Promise<RejectOutcome | undefined> {
  const listed = manifest.files.map((f) => f.path);
  const paths = pathsToCheck(listed, terminalId);
  const documents = new Map(await Promise.all(paths.map(async (path) => [path, await readPackFile(manifest.version, path)] as const)));
  const problem = checkPackUsable(documents, listed, terminalId);
  return problem ? rejectActivePack(manifest.version, problem) : undefined;
}

/**
 * The same check once at start, on the pack already active: closes the window in
 * which the app was closed after a switch but before its check finished (the updater
 * would otherwise call that version up to date and never look at it again).
 */
export async function checkActivePackAtStart(terminalId: string | undefined): Promise<RejectOutcome | undefined> {
  const active = await activePack();
  const manifest = active && parseManifest(active.manifest);
  return manifest ? checkSwitchedPack(manifest, terminalId) : undefined;
}
