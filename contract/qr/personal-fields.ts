/**
 * A form field as far as QR codes care: the shape of src/lib/forms/form-schema.ts's Field,
 * spelled out here so the server and scripts can check a pack's definitions without the app.
 */
export interface QrField {
  id: string;
  type: string;
  prefillable?: boolean;
  label: Readonly<Record<string, string>>;
  options?: ReadonlyArray<{ value: string }>;
}

/**
 * Fields that hold who a citizen is or where to reach them. A QR code on a paper notice
 * must never fill these in, signed or not: a sticker (or a careless template) would put
 * one person's name, address or number in front of the next, and a citizen who does not
 * look twice sends it as their own.
 */
const personalTypes: ReadonlySet<string> = new Set(['person-name', 'postal-code', 'address', 'phone', 'email']);

/** A date of birth is an ordinary date field; its id or label gives it away. */
const birthDate = /birth|生年月日|誕生日|生まれた/i;

export function isPersonalField(field: QrField): boolean {
  if (personalTypes.has(field.type)) return true;
  return field.type === 'date' && [field.id, ...Object.values(field.label)].some((s) => birthDate.test(s));
}
