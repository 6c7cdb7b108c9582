import { describe, expect, it } from 'vitest';
import { schemaErrorMessage } from '../src/lib/validation-message.js';

describe.shuffle('the message of a 400 for a body that fails its schema', () => {
  it('names the allowed values when a value is outside a closed list', () => {
    const error = schemaErrorMessage([{ keyword: 'enum', instancePath: '/hazard', schemaPath: '#/properties/hazard/enum', params: { allowedValues: ['flood', 'tsunami'] }, message: 'must be equal to one of the allowed values' }], 'body');
    expect(error.message).toBe('body/hazard must be one of: flood, tsunami');
  });

  it('reads as Fastify’s own for every other failure', () => {
    const error = schemaErrorMessage([
      { keyword: 'required', instancePath: '', schemaPath: '#/required', params: { missingProperty: 'message' }, message: "must have required property 'message'" },
      { keyword: 'maxLength', instancePath: '/message/ja', schemaPath: '#/maxLength', params: { limit: 1000 }, message: 'must NOT have more than 1000 characters' },
    ], 'body');
    expect(error.message).toBe("body must have required property 'message', body/message/ja must NOT have more than 1000 characters");
  });
});
