import type { AnswerValue, Answers } from './answers';
import type { FormDef } from './form-schema';
import { isPersonalField } from '../../../contract/qr/personal-fields';

/**
 * Turns the strings of a QR code's prefill into first answers of the form.
 * A location is "lat,lng" (a pin) or words; a number must be a plain number.
 * Only prefillable fields are read, whatever the caller passes, and never a
 * personal one, whatever the definition says (a pack built before the rule).
 */
export function prefillAnswers(def: FormDef, prefill: Readonly<Record<string, string>>): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const field of def.sections.flatMap((s) => s.fields)) {
    const text = prefill[field.id];
    if (!field.prefillable || text === undefined || isPersonalField(field)) continue;
    switch (field.type) {
      case 'choice':
        if (field.options.some((o) => o.value === text)) answers[field.id] = field.multiple ? [text] : text;
        break;
      case 'number':
        if (/^-?\d+(?:\.\d+)?$/.test(text)) answers[field.id] = Number(text);
        break;
      case 'location':
        answers[field.id] = parseLatLng(text) ?? { description: text };
        break;
      case 'consent':
      case 'file':
      case 'person-name':
        // Never from a QR code: see form-rules.ts.
        break;
      default:
        answers[field.id] = text;
    }
  }
  return answers;
}

function parseLatLng(text: string): { lat: number; lng: number } | undefined {
  const match = /^(-?\d{1,2}(?:\.\d+)?),\s*(-?\d{1,3}(?:\.\d+)?)$/.exec(text.trim());
  if (!match) return undefined;
  const lat = Number(match[1]);
  const lng = Number(match[2]);
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : undefined;
}
