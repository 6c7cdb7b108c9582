import type { Field, FormDef } from './form-schema';
import { DEFAULT_SUBMISSION_BYTES } from '../../../contract/submission-limits';

/**
 * The server refuses a submission larger than its form's limit, and a refused citizen's
 * answers would wait in the outbox for ever. So the content build proves, per form, that
 * the largest submission its fields allow still fits: photos need an explicit, larger
 * `maxSubmissionBytes`, and a form that cannot fit is an error, not a surprise at the counter.
 */

/** The limit the server applies to this form's submissions. */
export function submissionByteLimit(def: Pick<FormDef, 'maxSubmissionBytes'>): number {
  return def.maxSubmissionBytes ?? DEFAULT_SUBMISSION_BYTES;
}

// The plaintext is JSON (src/lib/forms/submission.ts): ids, language, time and channel
// around the answers. Each key, quotes and separators are covered by the per-field allowance.
const ENVELOPE_BYTES = 1024;
const PER_FIELD_BYTES = 64;
/** JSON escapes a control character as \u0000: six bytes for one UTF-16 unit, the worst case. */
const WORST_BYTES_PER_UNIT = 6;
/** Fields whose length the schema does not bound are bounded by the form runner's validation. */
const UNBOUNDED_FIELD_BYTES = 2048;
/** Protected header (with the ephemeral key), wrapped key, IV and tag of the compact JWE. */
const JWE_OVERHEAD_BYTES = 1024;

function worstAnswerBytes(field: Field): number {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return field.maxLength * WORST_BYTES_PER_UNIT;
    case 'choice':
      return field.options.reduce((sum, option) => sum + option.value.length + 3, 2);
    case 'file':
      // Base64 of the bytes, plus the file's name and type.
      return Math.ceil(field.maxBytes / 3) * 4 + 1024;
    default:
      return UNBOUNDED_FIELD_BYTES;
  }
}

/** The largest compact JWE this form's fields can produce. */
export function worstCaseSubmissionBytes(def: FormDef): number {
  const fields = def.sections.flatMap((section) => section.fields);
  const plaintext = fields.reduce((sum, field) => sum + PER_FIELD_BYTES + worstAnswerBytes(field), ENVELOPE_BYTES);
  // The ciphertext is base64url: four characters for every three bytes.
  return JWE_OVERHEAD_BYTES + Math.ceil(plaintext / 3) * 4;
}

/** An issue when the form's largest possible submission would be refused by the server. */
export function submissionSizeIssues(def: FormDef): Array<{ path: string; message: string }> {
  const worst = worstCaseSubmissionBytes(def);
  const limit = submissionByteLimit(def);
  if (worst <= limit) return [];
  return [
    {
      path: 'maxSubmissionBytes',
      message: `expected maxSubmissionBytes of at least ${worst}: the fields allow a submission that large and the server would refuse it (the limit is ${limit})`,
    },
  ];
}
