import type { AnswerValue } from './answers';
import type { FieldError } from './field-error';
import type { Field, FieldOf } from './form-schema';
import { closedReason } from './closed-days';
import { isRealDate, resolveDateBound } from './japan-date';
import { normalizeAnswer } from './normalize-answer';
import { isJapanesePhone } from './phone';
import { isEmail, isKatakana, isPostalCode } from './text-normalize';

/** Limits for the parts of a name: generous for long foreign names, short enough for a label printer. */
export const nameMaxLength = 60;
export const kanaMaxLength = 120;
export const locationDescriptionMaxLength = 200;
/** The schema gives addresses no length; this bounds what a stuck key can produce. */
export const addressMaxLength = 200;

/**
 * The first problem with one visible field's answer, or undefined when it is
 * fine. The answer is judged as it will be sent (see normalizeAnswer), and
 * `now` fixes "today" so a test or a long-open form gets a stable answer.
 */
export function validateField(field: Field, raw: AnswerValue | undefined, now: Date): FieldError | undefined {
  const value = normalizeAnswer(field, raw);
  if (value === undefined) {
    if (!field.required) return undefined;
    return field.type === 'consent' ? { code: 'consent-required' } : { code: 'required', ...(field.type === 'person-name' ? { part: 'name' as const } : {}) };
  }
  switch (field.type) {
    case 'text':
    case 'textarea':
      return typeof value === 'string' ? checkLength(value, field) : invalid;
    case 'address':
      return typeof value === 'string' ? checkLength(value, { maxLength: addressMaxLength }) : invalid;
    case 'phone':
      return typeof value === 'string' && isJapanesePhone(value) ? undefined : { code: 'phone-format' };
    case 'postal-code':
      return typeof value === 'string' && isPostalCode(value) ? undefined : { code: 'postal-format' };
    case 'email':
      return typeof value === 'string' && isEmail(value) ? undefined : { code: 'email-format' };
    case 'number':
      return checkNumber(value, field);
    case 'date':
      return checkDate(value, field, now);
    case 'time':
      return typeof value === 'string' && /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(value) ? undefined : { code: 'time-format' };
    case 'choice':
      return checkChoice(value, field);
    case 'consent':
      if (typeof value !== 'boolean') return invalid;
      return field.required && !value ? { code: 'consent-required' } : undefined;
    case 'person-name':
      return checkName(value);
    case 'location':
      return checkLocation(value);
    case 'file':
      return checkFile(value, field);
  }
}

const invalid: FieldError = { code: 'invalid-value' };

/** Lengths count characters as people see them: 𠮷 is one, not two UTF-16 units. */
function length(text: string): number {
  return Array.from(text).length;
}

function checkLength(value: string, field: { maxLength?: number; minLength?: number }): FieldError | undefined {
  if (field.maxLength !== undefined && length(value) > field.maxLength) return { code: 'too-long', params: { max: field.maxLength } };
  if (field.minLength !== undefined && length(value) < field.minLength) return { code: 'too-short', params: { min: field.minLength } };
  return undefined;
}

function checkNumber(value: AnswerValue, field: FieldOf<'number'>): FieldError | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'not-a-number' };
  if (value < field.min || value > field.max) return { code: 'number-range', params: { min: field.min, max: field.max } };
  if (field.step === undefined) return undefined;
  const steps = (value - field.min) / field.step;
  if (Math.abs(steps - Math.round(steps)) < 1e-9) return undefined;
  return field.step === 1 ? { code: 'not-whole-number' } : { code: 'number-step', params: { step: field.step } };
}

function checkDate(value: AnswerValue, field: FieldOf<'date'>, now: Date): FieldError | undefined {
  if (typeof value !== 'string' || !isRealDate(value)) return { code: 'not-a-date' };
  const min = field.min === undefined ? undefined : resolveDateBound(field.min, now);
  const max = field.max === undefined ? undefined : resolveDateBound(field.max, now);
  // ISO dates compare correctly as strings.
  const early = min !== undefined && value < min;
  const late = max !== undefined && value > max;
  if (!early && !late) return closedReason(value, field) ? { code: 'date-closed' } : undefined;
  if (min !== undefined && max !== undefined) return { code: 'date-range', params: { min, max } };
  return early ? { code: 'date-too-early', params: { min: min as string } } : { code: 'date-too-late', params: { max: max as string } };
}

function checkChoice(value: AnswerValue, field: FieldOf<'choice'>): FieldError | undefined {
  const options = new Set(field.options.map((o) => o.value));
  const picked = field.multiple && Array.isArray(value) ? value : [value];
  if (!field.multiple && Array.isArray(value)) return { code: 'choice-invalid' };
  return picked.every((v) => typeof v === 'string' && options.has(v)) ? undefined : { code: 'choice-invalid' };
}

function checkName(value: AnswerValue): FieldError | undefined {
  if (typeof value !== 'object' || !('name' in value) || !('kana' in value)) return invalid;
  // Once anything is written, both parts are needed: staff call people by the reading.
  if (value.name === '') return { code: 'required', part: 'name' };
  if (length(value.name) > nameMaxLength) return { code: 'too-long', params: { max: nameMaxLength }, part: 'name' };
  if (value.kana === '') return { code: 'kana-required', part: 'kana' };
  if (!isKatakana(value.kana)) return { code: 'not-katakana', part: 'kana' };
  if (length(value.kana) > kanaMaxLength) return { code: 'too-long', params: { max: kanaMaxLength }, part: 'kana' };
  return undefined;
}

function checkLocation(value: AnswerValue): FieldError | undefined {
  if (typeof value !== 'object') return invalid;
  if ('description' in value) {
    if (typeof value.description !== 'string') return invalid;
    return checkLength(value.description, { maxLength: locationDescriptionMaxLength });
  }
  if ('lat' in value && 'lng' in value) {
    const { lat, lng } = value;
    const ok = Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
    return ok ? undefined : { code: 'location-invalid' };
  }
  return invalid;
}

/** Extensions for the types a form may accept, for files whose type the browser left blank (HEIC often is). */
const extensionTypes: Record<string, string> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', heic: 'image/heic', heif: 'image/heif', webp: 'image/webp', pdf: 'application/pdf',
};

function checkFile(value: AnswerValue, field: FieldOf<'file'>): FieldError | undefined {
  if (typeof value !== 'object' || !('dataBase64' in value) || typeof value.size !== 'number') return invalid;
  const extension = /\.([a-z0-9]+)$/i.exec(value.name)?.[1]?.toLowerCase() ?? '';
  const type = value.type || extensionTypes[extension] || '';
  if (!field.accept.includes(type.toLowerCase())) {
    const accept = field.accept.map((t) => (t.split('/')[1] ?? t).toUpperCase()).join(', ');
    return { code: 'file-type', params: { accept } };
  }
  if (value.size > field.maxBytes) {
    return { code: 'file-too-large', params: { max: field.maxBytes, maxMegabytes: Math.floor((field.maxBytes / 1048576) * 10) / 10 } };
  }
  return undefined;
}
