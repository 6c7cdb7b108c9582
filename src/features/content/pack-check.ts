import { readPackFile } from '../../db/packs';
import { forgetRejectedPack, rejectActivePack, type RejectOutcome } from '../../db/pack-rejection';
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
  if (!problem) {
    await forgetRejectedPack();
    return undefined;
  }
  return rejectActivePack(manifest.version, problem);
}
