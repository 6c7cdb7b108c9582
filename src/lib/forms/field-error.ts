/**
 * A validation error as data. The UI translates `code` from the `forms`
 * namespace (`errors.<code>`) and interpolates `params`; the validator never
 * produces a sentence, so every language says it its own way.
 */
export const fieldErrorCodes = [
  'required',
  'kana-required',
  'not-katakana',
  'too-long',
  'too-short',
  'phone-format',
  'postal-format',
  'email-format',
  'not-a-number',
  'not-whole-number',
  'number-step',
  'number-range',
  'not-a-date',
  'date-range',
  'date-too-early',
  'date-too-late',
  'date-closed',
  'time-format',
  'consent-required',
  'choice-invalid',
  'location-invalid',
  'file-too-large',
  'file-type',
  'invalid-value',
] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

export interface FieldError {
  code: FieldErrorCode;
  /** Values for the message: {max}, {min} (dates as YYYY-MM-DD for the UI to format), {maxMegabytes}, {accept}, {step}. */
  params?: Record<string, string | number>;
  /** For a person-name field: which of the two boxes to mark. */
  part?: 'name' | 'kana';
}
