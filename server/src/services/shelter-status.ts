import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ShelterChangeBody, ShelterStatus } from '../../../contract/api/shelters.js';
import { isUniqueViolation } from '../db/errors.js';
import type { Database, ShelterStatusTable } from '../db/schema.js';

export type ShelterChangeOutcome =
  | { ok: true; current: ShelterStatus; applied: boolean }
  | { ok: false; reason: 'id_conflict' };

export interface ShelterStatusService {
  /**
   * Delivers one change from a staff phone. Applied once per id: a replay answers as the
   * first delivery did, another body under the same id is refused. The site's status moves
   * only when this change was set later than the one in force, so a change queued offline
   * for an hour cannot undo the "full" a colleague set meanwhile.
   */
  apply(id: string, change: ShelterChangeBody, by: string): Promise<ShelterChangeOutcome>;
  list(): Promise<ShelterStatus[]>;
}

/** The body as the phone meant it, hashed in a fixed key order (JSON key order is not meaning). */
function changeDigest(change: ShelterChangeBody): string {
  const canonical = JSON.stringify([change.siteId, change.state, change.headcount ?? null, change.setAt]);
  return createHash('sha256').update(canonical).digest('hex');
}

function toStatus(row: Pick<ShelterStatusTable, 'site_id' | 'state' | 'headcount' | 'set_at'>): ShelterStatus {
  return { siteId: row.site_id, state: row.state, headcount: row.headcount === null ? null : Number(row.headcount), setAt: row.set_at };
}

export function createShelterStatusService({ db, now = () => new Date() }: { db: Kysely<Database>; now?: () => Date }): ShelterStatusService {
  async function current(siteId: string): Promise<ShelterStatus | undefined> {
    const row = await db.selectFrom('shelter_status').select(['site_id', 'state', 'headcount', 'set_at']).where('site_id', '=', siteId).executeTakeFirst();
    return row ? toStatus(row) : undefined;
  }

  async function replay(id: string, sha256: string): Promise<ShelterChangeOutcome> {
    const earlier = await db.selectFrom('shelter_status_changes').select(['sha256', 'site_id']).where('id', '=', id).executeTakeFirstOrThrow();
    if (earlier.sha256 !== sha256) return { ok: false, reason: 'id_conflict' };
    const status = await current(earlier.site_id);
    const applied = (await db.selectFrom('shelter_status').select('change_id').where('site_id', '=', earlier.site_id).executeTakeFirst())?.change_id === id;
    // The change was recorded, so the site has a status: this one or a later one.
    return { ok: true, current: status!, applied };
  }

  async function apply(id: string, change: ShelterChangeBody, by: string): Promise<ShelterChangeOutcome> {
    const at = now();
    const sha256 = changeDigest(change);
    // A phone whose clock runs fast must not pin its change above every later one.
    const setAt = new Date(Math.min(Date.parse(change.setAt), at.getTime())).toISOString();
    const headcount = change.headcount ?? null;
    const known = await db.selectFrom('shelter_status_changes').select('id').where('id', '=', id).executeTakeFirst();
    if (known) return replay(id, sha256);
    try {
      const applied = await db.transaction().execute(async (trx) => {
        await trx.insertInto('shelter_status_changes').values({
          id, site_id: change.siteId, state: change.state, headcount, set_at: setAt, sha256, received_at: at.toISOString(), received_by: by,
        }).execute();
        const row = { site_id: change.siteId, state: change.state, headcount, set_at: setAt, change_id: id, updated_at: at.toISOString() };
        // Insert, or overwrite only an older status; both dialects speak this upsert.
        const result = await trx.insertInto('shelter_status').values(row)
          .onConflict((oc) => oc.column('site_id').doUpdateSet({
            state: change.state, headcount, set_at: setAt, change_id: id, updated_at: at.toISOString(),
          }).where('shelter_status.set_at', '<=', setAt))
          .executeTakeFirst();
        return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
      });
      return { ok: true, current: (await current(change.siteId))!, applied };
    } catch (error) {
      // Another server took the same id at the same moment: answer as a replay.
      if (isUniqueViolation(error)) return replay(id, sha256);
      throw error;
    }
  }

  async function list(): Promise<ShelterStatus[]> {
    const rows = await db.selectFrom('shelter_status').select(['site_id', 'state', 'headcount', 'set_at']).orderBy('site_id').execute();
    return rows.map(toStatus);
  }

  return { apply, list };
}
