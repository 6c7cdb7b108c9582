import type * as v from 'valibot';
import { parseJsonSource, validate, type LocatedJson } from '../json-source.ts';
import { readText } from './files.ts';
import type { SourceContext } from './types.ts';

/**
 * Reads and validates one JSON file of content/disaster. Undefined when the file is
 * absent or invalid (the errors are in ctx.errors, with line and column).
 */
export async function readJsonFile<S extends v.GenericSchema>(
  path: string,
  schema: S,
  ctx: SourceContext,
): Promise<{ value: v.InferOutput<S>; source: LocatedJson } | undefined> {
  const text = await readText(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
  if (text === undefined) return undefined;
  const source = parseJsonSource(text, ctx.display(path), ctx.errors);
  const value = source && validate(schema, source, ctx.errors);
  return source && value !== undefined ? { value, source } : undefined;
}
