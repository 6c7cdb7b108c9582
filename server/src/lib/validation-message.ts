import type { FastifySchemaValidationError } from 'fastify';

/**
 * Fastify's own message for a failed schema, except that a value outside a closed list
 * (a notice's hazard, say) names the values allowed: Ajv alone says only "must be equal
 * to one of the allowed values", which leaves the caller guessing. The message reaches
 * the client as the `message` of an `invalid_request` (plugins/errors.ts).
 */
export function schemaErrorMessage(errors: readonly FastifySchemaValidationError[], dataVar: string): Error {
  const parts = errors.map((e) => {
    const where = `${dataVar}${e.instancePath}`;
    const allowed = e.keyword === 'enum' ? e.params.allowedValues : undefined;
    // A key outside a closed list (a notice's language "zh-TW"): Ajv puts the key beside the error.
    const key = (e as { propertyName?: unknown }).propertyName;
    if (e.keyword === 'propertyNames') return undefined;
    if (typeof key === 'string' && Array.isArray(allowed)) return `${where} has "${key}", not one of: ${allowed.join(', ')}`;
    return Array.isArray(allowed) ? `${where} must be one of: ${allowed.join(', ')}` : `${where} ${e.message ?? 'is invalid'}`;
  });
  return new Error(parts.filter((p) => p !== undefined).join(', '));
}
