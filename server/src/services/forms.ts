import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { FORM_ID_PATTERN } from '../../../contract/api/submissions.js';
import { DEFAULT_SUBMISSION_BYTES, MAX_SUBMISSION_BYTES } from '../../../contract/submission-limits.js';

export interface FormInfo {
  id: string;
  /** The department key the client encrypts to; stored with each submission so staff know which key opens it. */
  keyId: string | null;
  /** Bytes one submission of this form may take; absent means DEFAULT_SUBMISSION_BYTES. */
  maxSubmissionBytes?: number | undefined;
  /**
   * The department that handles it (`department.id` in the form file, e.g. `gomi-genryo`):
   * staff see the form's submissions only if they belong to it. Null: administrators only.
   */
  department: string | null;
}

export interface FormRegistry {
  get(formId: string): FormInfo | undefined;
  list(): FormInfo[];
}

/**
 * The forms a submission may name now. `resolve` first reads a newly published pack, if
 * any; `get` and `list` answer from what was last read (every stored submission's form
 * was resolved on its way in, so staff scopes built from them never miss one).
 */
export interface FormLookup extends FormRegistry {
  resolve(formId: string): Promise<FormInfo | undefined>;
  /** Reads the served pack again if it changed since the last look. */
  refresh(): Promise<void>;
}

const formIdRegExp = new RegExp(FORM_ID_PATTERN);

/** The body limit of one form's submissions. */
export function formByteLimit(form: FormInfo): number {
  return form.maxSubmissionBytes ?? DEFAULT_SUBMISSION_BYTES;
}

export function createFormRegistry(forms: readonly FormInfo[]): FormRegistry {
  const byId = new Map(forms.map((form) => [form.id, form]));
  return {
    get: (formId) => byId.get(formId),
    list: () => [...byId.values()],
  };
}

/**
 * Reads `<contentDir>/forms/*.json` once at start (forms published later come from the
 * pack: see live-forms.ts). A form file holds at least `id`
 * (else the file name is used) and `keyId`. A missing folder is an empty registry,
 * because a fresh checkout may not have content yet; a broken file stops the start,
 * because silently refusing one form's submissions would be found too late.
 */
export async function loadFormRegistry(contentDir: string): Promise<FormRegistry> {
  const dir = join(contentDir, 'forms');
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return createFormRegistry([]);
    throw error;
  }
  const forms: FormInfo[] = [];
  for (const name of names) {
    forms.push(parseFormFile(name, await readFile(join(dir, name), 'utf8')));
  }
  return createFormRegistry(forms);
}

export function parseFormFile(fileName: string, text: string): FormInfo {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`forms/${fileName}: not valid JSON`, { cause: error });
  }
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const id = typeof record.id === 'string' ? record.id : basename(fileName, '.json');
  if (!formIdRegExp.test(id) || id.length > 64) {
    throw new Error(`forms/${fileName}: form id "${id}" must be kebab-case and at most 64 characters`);
  }
  const maxSubmissionBytes = typeof record.maxSubmissionBytes === 'number' && record.maxSubmissionBytes > 0 ? Math.min(record.maxSubmissionBytes, MAX_SUBMISSION_BYTES) : undefined;
  const department = typeof record.department === 'object' && record.department !== null ? (record.department as Record<string, unknown>).id : undefined;
  return {
    id,
    keyId: typeof record.keyId === 'string' ? record.keyId : null,
    department: typeof department === 'string' ? department : null,
    ...(maxSubmissionBytes ? { maxSubmissionBytes } : {}),
  };
}
