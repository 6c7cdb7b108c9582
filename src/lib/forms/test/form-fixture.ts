import type { Field, FormDef, Localized } from '../form-schema';

/** Small hand-made forms for tests: one language string everywhere, fields given inline. */
export const L = (text: string): Localized => ({ ja: text, 'ja-easy': text, en: text, 'zh-Hans': text, ko: text, vi: text });

/** A field with its label optional (the id stands in): Omit applied to each member of the union. */
export type FieldInput = Field extends infer F ? (F extends unknown ? Omit<F, 'label'> & { label?: Localized } : never) : never;

export function testForm(...sections: FieldInput[][]): FormDef {
  return {
    id: 'test-form',
    version: 1,
    sample: true,
    title: L('テスト'),
    description: L('テスト'),
    department: { id: 'test', name: L('テスト課'), phone: '0246-22-1111' },
    keyId: 'test-2026',
    retentionDays: 30,
    kioskAllowed: true,
    sections: sections.map((fields, i) => ({
      id: `s${i}`,
      title: L(`s${i}`),
      fields: fields.map((f) => ({ ...f, label: f.label ?? L(f.id) }) as Field),
    })),
  };
}

export const options = (...values: string[]) => values.map((value) => ({ value, label: L(value) }));
