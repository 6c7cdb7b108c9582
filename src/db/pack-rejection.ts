import { database } from './database';
import { rollbackPack } from './packs';
import { parseRejectedPack, type RejectedPack } from '../lib/pack/rejection';
import type { PackProblem } from '../lib/pack/usability';

export type RejectOutcome =
  | { done: 'rolled-back'; rejected: RejectedPack }
  /** Nothing to go back to (a first install): the pack stays, the problem is still remembered and reported. */
  | { done: 'kept'; rejected: RejectedPack }
  /** Another version became active meanwhile (another tab): nothing to do. */
  | { done: 'not-active' };

/**
 * Takes back a pack that failed its check after the switch, in ONE transaction: the
 * previous version becomes active again, the rejected version's files are deleted
 * (it must never be switched to by a later rollback), and the rejection is recorded
 * so the updater does not fetch the same version again. A crash half-way leaves
 * either the new pack active and unrecorded (checked again at the next update) or
 * all of it done.
 */
export async function rejectActivePack(version: string, problem: PackProblem, now = new Date()): Promise<RejectOutcome> {
  const db = database();
  return db.transaction('rw', db.packs, db.packFiles, db.settings, async () => {
    const active = await db.packs.where('state').equals('active').first();
    if (active?.version !== version) return { done: 'not-active' } as const;
    const previous = await db.packs.where('state').equals('previous').first();
    const rolledBack = previous ? await rollbackPack() : false;
    if (rolledBack) {
      await db.packFiles.where('version').equals(version).delete();
      await db.packs.delete(version);
    }
    const rejected: RejectedPack = { version, problem, rolledBackTo: rolledBack ? previous!.version : null, at: now.toISOString() };
    await db.settings.put({ key: 'rejectedPack', value: rejected });
    return { done: rolledBack ? 'rolled-back' : 'kept', rejected } as const;
  });
}

/** The version this device refused, if any. */
export async function rejectedPack(): Promise<RejectedPack | undefined> {
  return parseRejectedPack((await database().settings.get('rejectedPack'))?.value);
}

/** A good pack was installed after the rejection: the problem is over. */
export async function forgetRejectedPack(): Promise<void> {
  await database().settings.delete('rejectedPack');
}
