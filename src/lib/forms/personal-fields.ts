import type { Field, FieldType } from './form-schema.js';

/**
 * Fields that hold who a citizen is or where to reach them. A QR code on a paper notice
 * must never fill these in, signed or not: a sticker (or a careless template) would put
 * one person's name, address or number in front of the next, and a citizen who does not
 * look twice sends it as their own.
 */
const personalTypes: ReadonlySet<FieldType> = new Set<FieldType>(['person-name', 'postal-code', 'address', 'phone', 'email']);

/** A date of birth is an ordinary date field; its id or label gives it away. */
const birthDate = /birth|生年月日|誕生日|生まれた/i;

export function isPersonalField(field: Field): boolean {
  if (personalTypes.has(field.type)) return true;
  return field.type === 'date' && [field.id, ...Object.values(field.label)].some((s) => birthDate.test(s));
}
