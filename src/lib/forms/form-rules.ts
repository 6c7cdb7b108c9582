import type { Field, FormDef } from './form-schema';
import { isPersonalField } from '../../../contract/qr/personal-fields';

/**
 * Rules that look across a whole form definition, run after the schema has
 * accepted its shape. Each returns issues with a path such as
 * `sections[1].fields[2].visibleWhen.field`, so an author can find the line.
 */
export interface RuleIssue {
  path: string;
  message: string;
}

/** My Number (個人番号) must never be asked: the city does not need it for these forms, and a kiosk must never hold it. */
const myNumberPattern = /マイナンバー|個人番号|my ?number/i;

/** A QR code on a paper notice may fill these in; never consent (a citizen ticks it), files or personal data (personal-fields.ts). */
const prefillableTypes = new Set<Field['type']>(['text', 'textarea', 'choice', 'number', 'date', 'time', 'location']);

export function formRuleIssues(def: FormDef): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const earlier = new Map<string, Field>();
  const all = new Map(def.sections.flatMap((s) => s.fields.map((f) => [f.id, f] as const)));
  const sectionIds = new Set<string>();

  def.sections.forEach((section, si) => {
    if (sectionIds.has(section.id)) add(`sections[${si}].id`, `expected a unique section id, "${section.id}" is used twice`);
    sectionIds.add(section.id);

    section.fields.forEach((field, fi) => {
      const at = `sections[${si}].fields[${fi}]`;
      if (earlier.has(field.id)) add(`${at}.id`, `expected a unique field id, "${field.id}" is used twice`);
      if (asksForMyNumber(field)) add(at, 'expected no field asking for My Number (マイナンバー / 個人番号): it must never be collected');
      if (field.prefillable && (!prefillableTypes.has(field.type) || isPersonalField(field))) add(`${at}.prefillable`, `expected prefillable only on fields a QR code may fill, not on "${field.type}"`);
      if (field.visibleWhen) issues.push(...conditionIssues(field, earlier, `${at}.visibleWhen`));
      issues.push(...typeIssues(field, all, at));
      earlier.set(field.id, field);
    });
  });
  return issues;
}

function asksForMyNumber(field: Field): boolean {
  return [field.id, ...Object.values(field.label)].some((s) => myNumberPattern.test(s.normalize('NFKC')));
}

function conditionIssues(field: Field, earlier: Map<string, Field>, at: string): RuleIssue[] {
  const condition = field.visibleWhen;
  if (!condition) return [];
  const target = earlier.get(condition.field);
  if (!target) return [{ path: `${at}.field`, message: `expected the id of an earlier field, "${condition.field}" is not before "${field.id}"` }];
  if (target.type === 'consent') {
    return 'equals' in condition && typeof condition.equals === 'boolean'
      ? []
      : [{ path: at, message: `expected { equals: true | false } for the consent field "${target.id}"` }];
  }
  if (target.type !== 'choice') return [{ path: `${at}.field`, message: `expected a choice or consent field, "${target.id}" is a ${target.type}` }];
  const values = 'in' in condition ? condition.in : [condition.equals];
  const options = new Set(target.options.map((o) => o.value));
  return values
    .filter((value) => typeof value !== 'string' || !options.has(value))
    .map((value) => ({ path: at, message: `expected an option of "${target.id}", got ${JSON.stringify(value)}` }));
}

function typeIssues(field: Field, all: Map<string, Field>, at: string): RuleIssue[] {
  switch (field.type) {
    case 'text':
      return field.minLength !== undefined && field.minLength > field.maxLength ? [{ path: `${at}.minLength`, message: 'expected minLength ≤ maxLength' }] : [];
    case 'number':
      return field.min > field.max ? [{ path: `${at}.min`, message: 'expected min ≤ max' }] : [];
    case 'choice': {
      const seen = new Set<string>();
      return field.options.flatMap((o, oi) => {
        const duplicate = seen.has(o.value);
        seen.add(o.value);
        return duplicate ? [{ path: `${at}.options[${oi}].value`, message: `expected unique option values, "${o.value}" is used twice` }] : [];
      });
    }
    case 'postal-code': {
      if (field.fills === undefined) return [];
      return all.get(field.fills)?.type === 'address' ? [] : [{ path: `${at}.fills`, message: `expected the id of an address field, got "${field.fills}"` }];
    }
    default:
      return [];
  }
}
