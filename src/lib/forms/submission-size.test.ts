import { exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { encryptAnswers } from './encrypt';
import { parseFormDef, type FormDef } from './form-schema';
import { buildSubmission } from './submission';
import { DEFAULT_SUBMISSION_BYTES, MAX_SUBMISSION_BYTES } from '../../../contract/submission-limits';
import { submissionByteLimit, worstCaseSubmissionBytes } from './submission-size';

const forms = import.meta.glob<unknown>('../../../content/forms/*.json', { eager: true, import: 'default' });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const raw = (name: string): any => structuredClone(forms[`../../../content/forms/${name}.json`]);
const parsed = (json: unknown): FormDef => {
  const result = parseFormDef(json, 'form.json');
  if (!result.ok) throw new Error(result.error.map((issue) => issue.message).join('; '));
  return result.value;
};
const issuesOf = (json: unknown) => {
  const result = parseFormDef(json, 'form.json');
  return result.ok ? [] : result.error.map((issue) => `${issue.path}: ${issue.message}`);
};

// The server refuses a submission over its form's limit (413), and a refused citizen's
// answers would wait in the outbox for ever: the build must prove each form fits.
describe("a form's submission size", () => {
  it('a form without photos takes the default limit', () => {
    const def = parsed({ ...raw('opinion'), id: 'form' });
    expect(submissionByteLimit(def)).toBe(DEFAULT_SUBMISSION_BYTES);
    expect(worstCaseSubmissionBytes(def)).toBeLessThanOrEqual(DEFAULT_SUBMISSION_BYTES);
  });

  it('a photo form that does not raise its limit is refused by the build', () => {
    const json = { ...raw('road-light-report'), id: 'form' };
    delete json.maxSubmissionBytes;
    expect(issuesOf(json)).toEqual([expect.stringMatching(/^maxSubmissionBytes: expected maxSubmissionBytes of at least \d+/)]);
  });

  it('no form may ask for more than the server ever takes', () => {
    expect(issuesOf({ ...raw('road-light-report'), id: 'form', maxSubmissionBytes: MAX_SUBMISSION_BYTES + 1 })).toEqual([
      expect.stringMatching(/^maxSubmissionBytes: expected at most/),
    ]);
  });

  it('the largest real submission of a photo form encrypts within the bound, and the bound within the limit', async () => {
    const def = parsed({ ...raw('road-light-report'), id: 'form' });
    const { publicKey } = await generateKeyPair('ECDH-ES+A256KW', { crv: 'P-256', extractable: true });
    const fields = def.sections.flatMap((section) => section.fields);
    // Every text at its longest in a character JSON must escape, the photo at its largest.
    const answers = Object.fromEntries(
      fields.map((field) => {
        if (field.type === 'text' || field.type === 'textarea') return [field.id, '\u0001'.repeat(field.maxLength)];
        if (field.type === 'file') return [field.id, { name: 'x.jpg', type: 'image/jpeg', size: field.maxBytes, dataBase64: 'A'.repeat(Math.ceil(field.maxBytes / 3) * 4) }];
        if (field.type === 'choice') return [field.id, field.options.map((option) => option.value)];
        return [field.id, 'x'.repeat(200)];
      }),
    );
    const payload = { ...buildSubmission(def, {}, { id: '01930000-0000-7000-8000-000000000000', now: new Date(), lang: 'zh-Hans', channel: 'kiosk' }), answers };
    const jwe = await encryptAnswers(payload, await exportJWK(publicKey), def.keyId);
    expect(jwe.length).toBeLessThanOrEqual(worstCaseSubmissionBytes(def));
    expect(worstCaseSubmissionBytes(def)).toBeLessThanOrEqual(submissionByteLimit(def));
  });
});
