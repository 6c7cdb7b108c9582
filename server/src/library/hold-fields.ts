import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { BRANCH_IDS } from '../../../contract/library-branches.js';
import { LIBRARY_HOLD_FORM_ID } from '../../../contract/library-hold.js';
import { acceptsReplies, PUBLIC_REPLY_CONSENT, REPLY_CONSENT_FIELD } from '../../../contract/replies.js';

export interface ClearFieldsProblem {
  code: 'clear_not_allowed' | 'clear_invalid';
  message: string;
}

/**
 * Which forms may send fields in the clear, and what those must be. An opinion may carry its
 * public-reply consent (contract/replies.ts). A library hold's record must be in the
 * catalogue and its pickup branch one of the library's, or staff would be asked to fetch a
 * book that does not exist. Anything else in the clear
 * is refused, so no form leaks answers around its encryption by mistake.
 */
export async function clearFieldsProblem(db: Kysely<Database>, formId: string, clear: Readonly<Record<string, string>> | undefined): Promise<ClearFieldsProblem | undefined> {
  // An opinion may say in clear that its reply may be public, and nothing else.
  if (acceptsReplies(formId) && clear !== undefined) {
    const only = Object.keys(clear).join(',') === REPLY_CONSENT_FIELD && clear[REPLY_CONSENT_FIELD] === PUBLIC_REPLY_CONSENT;
    return only ? undefined : { code: 'clear_invalid', message: `Form "${formId}" takes only ${REPLY_CONSENT_FIELD}: "${PUBLIC_REPLY_CONSENT}" in the clear` };
  }
  if (formId !== LIBRARY_HOLD_FORM_ID) {
    return clear === undefined ? undefined : { code: 'clear_not_allowed', message: `Form "${formId}" takes no fields in the clear` };
  }
  const keys = Object.keys(clear ?? {}).sort().join(',');
  if (!clear || keys !== 'pickupBranch,recordId') return { code: 'clear_invalid', message: 'A library hold needs exactly recordId and pickupBranch in the clear' };
  if (!BRANCH_IDS.has(clear.pickupBranch ?? '')) return { code: 'clear_invalid', message: `No library branch "${clear.pickupBranch}"` };
  const record = await db.selectFrom('library_records').select('id').where('id', '=', clear.recordId ?? '').executeTakeFirst();
  if (!record) return { code: 'clear_invalid', message: `No catalogue record "${clear.recordId}"` };
  return undefined;
}
