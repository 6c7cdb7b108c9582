import type { Field, FormDef } from '../../../lib/forms/form-schema';
import { isPersonalField } from '../../../../contract/qr/personal-fields';

/** The fields a notice's code may fill in: marked prefillable, and never personal data. The devices check the same. */
export function qrFields(def: FormDef): Field[] {
  return def.sections.flatMap((s) => s.fields).filter((f) => f.prefillable === true && !isPersonalField(f));
}

/** What the admin typed, as the prefill to sign: blank fields left out, the rest as typed. */
export function qrPrefill(fields: readonly Field[], values: Readonly<Record<string, string>>): Record<string, string> {
  const prefill: Record<string, string> = {};
  for (const field of fields) {
    const value = values[field.id]?.trim();
    if (value) prefill[field.id] = value;
  }
  return prefill;
}
