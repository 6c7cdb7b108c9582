import { parseDocument, type Document } from 'yaml';
import * as v from 'valibot';
import { describeIssue, issuePath, pathLabel, type IssuePath } from './issues.ts';
import { findJsonError } from './json-syntax.ts';
import { lineCounterFor, offsetOfPath } from './locate.ts';
import type { ErrorSink, Location } from './report.ts';

/**
 * A JSON source file with positions. The value comes from JSON.parse (JSON is the contract);
 * positions come from parsing the same text as YAML, which JSON is a subset of, because
 * the yaml package keeps a source range for every node.
 */
export interface LocatedJson {
  value: unknown;
  at(path: IssuePath): Location;
}

export function parseJsonSource(text: string, file: string, errors: ErrorSink): LocatedJson | undefined {
  const lines = lineCounterFor(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const found = findJsonError(text);
    const reason = found?.message ?? (e instanceof Error ? e.message : String(e));
    errors.add({ file, ...lines.linePos(found?.offset ?? 0) }, `invalid JSON: ${reason}`);
    return undefined;
  }
  const doc: Document = parseDocument(text, { keepSourceTokens: false });
  return {
    value,
    at: (path) => ({ file, ...lines.linePos(offsetOfPath(doc, path)), where: path.length ? `"${pathLabel(path)}"` : undefined }),
  };
}

/** Validates against a schema; every issue becomes an error at the position of its value. */
export function validate<S extends v.GenericSchema>(
  schema: S,
  source: { value: unknown; at(path: IssuePath): Location },
  errors: ErrorSink,
): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, source.value);
  if (result.success) return result.output;
  for (const issue of result.issues) errors.add(source.at(issuePath(issue)), describeIssue(issue));
  return undefined;
}
