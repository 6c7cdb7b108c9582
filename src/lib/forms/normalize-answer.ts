import type { AnswerValue } from './answers';
import type { Field } from './form-schema';
import { normalizePhone } from './phone';
import { normalizeEmail, normalizeKana, normalizePersonName, normalizePostalCode } from './text-normalize';

/**
 * One answer in the form staff receive and the validator judges: the same
 * function serves both, so what passes validation is exactly what is sent.
 * Empty answers (blank text, nothing selected) become undefined. A value of the
 * wrong shape is returned untouched for the validator to refuse.
 */
export function normalizeAnswer(field: Field, value: AnswerValue | undefined): AnswerValue | undefined {
  if (value === undefined || value === null) return undefined;
  switch (field.type) {
    case 'text':
    case 'address':
      return typeof value === 'string' ? blankToUndefined(value.trim()) : value;
    case 'textarea':
      return typeof value === 'string' ? blankToUndefined(value.replace(/\r\n?/g, '\n').trim()) : value;
    case 'date':
    case 'time':
      return typeof value === 'string' ? blankToUndefined(value.normalize('NFKC').trim()) : value;
    case 'postal-code':
      return typeof value === 'string' ? blankToUndefined(normalizePostalCode(value)) : value;
    case 'phone':
      return typeof value === 'string' ? blankToUndefined(normalizePhone(value)) : value;
    case 'email':
      return typeof value === 'string' ? blankToUndefined(normalizeEmail(value)) : value;
    case 'number':
      return normalizeNumber(value);
    case 'choice':
      return normalizeChoice(value);
    case 'person-name':
      return normalizeName(value);
    case 'location':
      if (typeof value === 'object' && 'description' in value && typeof value.description === 'string') {
        const description = value.description.trim();
        return description === '' ? undefined : { description };
      }
      return value;
    case 'consent':
    case 'file':
      return value;
  }
}

function blankToUndefined(value: string): string | undefined {
  return value === '' ? undefined : value;
}

function normalizeNumber(value: AnswerValue): AnswerValue | undefined {
  if (typeof value !== 'string') return value;
  const text = value.normalize('NFKC').trim();
  if (text === '') return undefined;
  // Only plain decimals: Number() would also take "0x10", "1e3" and "Infinity".
  return /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : text;
}

function normalizeChoice(value: AnswerValue): AnswerValue | undefined {
  if (typeof value === 'string') return blankToUndefined(value.trim());
  if (!Array.isArray(value)) return value;
  const picked = [...new Set(value.map((v) => (typeof v === 'string' ? v.trim() : v)))].filter((v) => v !== '');
  return picked.length === 0 ? undefined : picked;
}

function normalizeName(value: AnswerValue): AnswerValue | undefined {
  if (typeof value !== 'object' || !('name' in value) || !('kana' in value)) return value;
  if (typeof value.name !== 'string' || typeof value.kana !== 'string') return value;
  const name = normalizePersonName(value.name);
  const kana = normalizeKana(value.kana);
  return name === '' && kana === '' ? undefined : { name, kana };
}
