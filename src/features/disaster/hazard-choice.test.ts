import { describe, expect, it } from 'vitest';
import type { Notice } from '../notices/notices';
import { disasterHref, noticeHazard, parseHazard, parseView } from './hazard-choice';

const notice = (severity: Notice['severity'], hazard?: string): Notice => ({
  id: `${severity}-${hazard}`, severity, message: { ja: 'テスト' }, expiresAt: '2099-01-01T00:00:00Z', ...(hazard ? { hazard } : {}),
});

describe('the hazard choice in the URL', () => {
  it('accepts only the hazard vocabulary', () => {
    expect(parseHazard('tsunami')).toBe('tsunami');
    expect(parseHazard('津波')).toBeUndefined();
    expect(parseHazard(undefined)).toBeUndefined();
  });

  it('round-trips through a link a QR code can carry', () => {
    expect(disasterHref('tsunami')).toBe('/disaster?hazard=tsunami');
    expect(disasterHref('flood', 'map')).toBe('/disaster?hazard=flood&view=map');
    expect(disasterHref(undefined)).toBe('/disaster');
    expect(parseView('map')).toBe('map');
    expect(parseView('satellite')).toBe('list');
  });

  it('preselects the hazard of an emergency notice, never of a mere warning', () => {
    expect(noticeHazard([notice('warning', 'flood'), notice('emergency', 'tsunami')])).toBe('tsunami');
    expect(noticeHazard([notice('warning', 'flood')])).toBeUndefined();
    expect(noticeHazard([notice('emergency', 'meteor'), notice('emergency')])).toBeUndefined();
  });
});
