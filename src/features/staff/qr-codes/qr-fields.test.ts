import { describe, expect, it } from 'vitest';
import { realForm } from '../../../lib/forms/test/real-forms';
import { testForm } from '../../../lib/forms/test/form-fixture';
import { qrFields, qrPrefill } from './qr-fields';

describe('what the QR code page offers to fill in', () => {
  it('the prefillable fields of a form, in order', () => {
    expect(qrFields(realForm('road-light-report')).map((f) => f.id)).toEqual(['lightNumber', 'location']);
    expect(qrFields(realForm('opinion'))).toEqual([]);
  });

  it('never a personal field, even one a definition marks prefillable', () => {
    const def = testForm([
      { id: 'phone', type: 'phone', required: false, prefillable: true },
      { id: 'place', type: 'text', required: false, maxLength: 20, prefillable: true },
    ]);
    expect(qrFields(def).map((f) => f.id)).toEqual(['place']);
  });

  it('leaves blank fields out of the prefill', () => {
    expect(qrPrefill(qrFields(realForm('road-light-report')), { lightNumber: ' IW-1 ', location: '  ' })).toEqual({ lightNumber: 'IW-1' });
  });
});
