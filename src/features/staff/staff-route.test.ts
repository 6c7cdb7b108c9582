import { describe, expect, it } from 'vitest';
import { matchStaffRoute, staffPaths } from './staff-route';

describe('console URLs', () => {
  it('maps each screen and round-trips its path', () => {
    expect(matchStaffRoute('/staff')).toEqual({ name: 'home' });
    expect(matchStaffRoute(staffPaths.submissions)).toEqual({ name: 'submissions' });
    expect(matchStaffRoute(staffPaths.submission('019a-x'))).toEqual({ name: 'submission', id: '019a-x' });
    expect(matchStaffRoute(staffPaths.fleet)).toEqual({ name: 'fleet' });
    expect(matchStaffRoute(staffPaths.notices)).toEqual({ name: 'notices' });
    expect(matchStaffRoute(staffPaths.counter)).toEqual({ name: 'counter' });
  });

  it('answers not-found for anything else under /staff', () => {
    expect(matchStaffRoute('/staff/nope')).toEqual({ name: 'not-found' });
    expect(matchStaffRoute('/staff/fleet/x')).toEqual({ name: 'not-found' });
    expect(matchStaffRoute('/staff/submissions/a/b')).toEqual({ name: 'not-found' });
  });
});
