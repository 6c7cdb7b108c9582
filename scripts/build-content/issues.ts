import type * as v from 'valibot';

/** Valibot issue → the path it points at and a message an author understands. */

export type IssuePath = (string | number)[];

export function issuePath(issue: v.BaseIssue<unknown>): IssuePath {
  return (issue.path ?? []).map((item) => {
    const key: unknown = item.key;
    return typeof key === 'number' ? key : String(key);
  });
}

/** `items[3].category` */
export function pathLabel(path: IssuePath): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

export function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema') {
    // A schema may say which keys it takes (a language code); else the key is simply unknown.
    if (issue.expected === 'never') return issue.message.startsWith('expected') ? `${issue.message} got ${issue.received}` : 'unknown field';
    if (issue.received === 'undefined' && /^"/.test(issue.expected ?? '')) return 'required field is missing';
    if (issue.type === 'picklist') return `expected one of ${listOptions(issue.expected)} got ${issue.received}`;
    return `expected ${typeNames[issue.expected ?? ''] ?? issue.expected} got ${issue.received}`;
  }
  // Validation and transformation messages are ours, written as "expected …".
  return `${issue.message} got ${issue.received}`;
}

/** `("registry" | "tax")` → `registry, tax` */
function listOptions(expected: string | null): string {
  return (expected ?? '')
    .replace(/^\(|\)$/g, '')
    .split(' | ')
    .map((option) => option.replace(/^"|"$/g, ''))
    .join(', ');
}

const typeNames: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  number: 'a number',
  Array: 'a list',
  Object: 'a mapping of fields',
  '(string | null)': 'text or null',
};
