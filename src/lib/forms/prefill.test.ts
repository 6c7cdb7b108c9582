import { describe, expect, it } from 'vitest';
import { prefillAnswers } from './prefill';
import { realForm } from './test/real-forms';

describe('answers filled in from a QR code', () => {
  it('drops a pin for coordinates and keeps the light number', () => {
    expect(prefillAnswers(realForm('road-light-report'), { lightNumber: '平-1234', location: '37.0505, 140.8877' })).toEqual({
      lightNumber: '平-1234',
      location: { lat: 37.0505, lng: 140.8877 },
    });
  });

  it('takes a place written in words as a description', () => {
    expect(prefillAnswers(realForm('road-light-report'), { location: '平駅前 ロータリー' })).toEqual({ location: { description: '平駅前 ロータリー' } });
  });

  it('selects the facility of the notice', () => {
    expect(prefillAnswers(realForm('facility-booking'), { facilityId: 'onahama-kominkan' })).toEqual({ facilityId: 'onahama-kominkan' });
    expect(prefillAnswers(realForm('facility-booking'), { facilityId: 'nowhere' })).toEqual({});
  });

  it('ignores fields that are not prefillable, whoever passes them', () => {
    expect(prefillAnswers(realForm('shelter-issue'), { shelterName: '平第一小学校', consent: 'true', details: 'x' })).toEqual({ shelterName: '平第一小学校' });
  });
});
