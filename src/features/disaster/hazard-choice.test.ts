import { describe, expect, it } from 'vitest';
import type { Notice } from '../../runtime/notices/notices';
import { disasterHref, noticeHazard, parseHazard, parseView } from './hazard-choice';

// `hazard` is any string here: the choice must hold even for a code the app does not know.
const notice = (severity: Notice['severity'], hazard?: string, createdAt?: string): Notice => ({
  id: `${severity}-${hazard}-${createdAt}`, severity, message: { ja: 'テスト' }, expiresAt: '2099-01-01T00:00:00Z',
  ...(hazard ? { hazard: hazard as Notice['hazard'] } : {}), ...(createdAt ? { createdAt } : {}),
});
const packAlert = (hazard: string, issuedAt: string) => ({ ...notice('emergency', hazard, issuedAt), id: `pack:${hazard}` });
const staffNotice = (hazard: string | undefined, createdAt: string) => notice('emergency', hazard, createdAt);

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

  it('preselects the tsunami a staff member posted, with no pack alert in force', () => {
    expect(noticeHazard([staffNotice('tsunami', '2026-11-25T06:00:00Z')])).toBe('tsunami');
  });

  it('the most recent emergency wins, whether staff posted it or it came with the pack', () => {
    const packEarthquake = packAlert('earthquake', '2026-11-25T05:50:00Z');
    const staffTsunami = staffNotice('tsunami', '2026-11-25T06:00:00Z');
    expect(noticeHazard([packEarthquake, staffTsunami])).toBe('tsunami');
    expect(noticeHazard([staffTsunami, packEarthquake])).toBe('tsunami');

    const laterPackFlood = packAlert('flood', '2026-11-25T07:00:00Z');
    expect(noticeHazard([staffTsunami, laterPackFlood])).toBe('flood');
  });

  it('a newer emergency that names no hazard leaves the older one\'s hazard chosen', () => {
    const packTsunami = packAlert('tsunami', '2026-11-25T05:50:00Z');
    const staffOrder = staffNotice(undefined, '2026-11-25T06:00:00Z');
    expect(noticeHazard([staffOrder, packTsunami])).toBe('tsunami');
  });

  it('a notice with no time counts as the oldest; equal times keep the list order', () => {
    expect(noticeHazard([notice('emergency', 'flood'), staffNotice('tsunami', '2026-11-25T06:00:00Z')])).toBe('tsunami');
    const at = '2026-11-25T06:00:00Z';
    expect(noticeHazard([staffNotice('landslide', at), packAlert('flood', at)])).toBe('landslide');
  });

  it('a newer warning does not outrank an emergency', () => {
    expect(noticeHazard([notice('warning', 'flood', '2026-11-25T09:00:00Z'), staffNotice('tsunami', '2026-11-25T06:00:00Z')])).toBe('tsunami');
  });
});
