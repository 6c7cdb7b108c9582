import { describe, expect, it } from 'vitest';
import { DEFAULT_ENROLMENTS_PER_IP_PER_MINUTE, DEFAULT_SUBMISSION_LIMITS, loadConfig } from '../src/config.js';

describe.shuffle('submission limits from the environment', () => {
  it('default to the production allowances', () => {
    expect(loadConfig({}, '/srv/madoguchi').submissionLimits).toEqual(DEFAULT_SUBMISSION_LIMITS);
  });

  it('take each variable the operator sets', () => {
    const env = { SUBMISSIONS_PER_IP: '5', SUBMISSION_BYTES_PER_IP: '1000', SUBMISSIONS_PER_KIOSK: '50', SUBMISSION_BYTES_PER_KIOSK: '9000', SUBMISSION_WINDOW_SECONDS: '60' };
    expect(loadConfig(env, '/srv/madoguchi').submissionLimits).toEqual({
      windowSeconds: 60,
      perIp: { requests: 5, bytes: 1000 },
      perKiosk: { requests: 50, bytes: 9000 },
    });
  });

  it.each([['SUBMISSIONS_PER_IP', '0'], ['SUBMISSION_BYTES_PER_KIOSK', 'lots'], ['SUBMISSION_WINDOW_SECONDS', '1.5']])('refuse %s=%s with the variable named', (name, value) => {
    expect(() => loadConfig({ [name]: value }, '/srv/madoguchi')).toThrow(name);
  });
});

describe.shuffle('the enrolment limit from the environment', () => {
  it('defaults to 10 a minute and takes the operator\'s value', () => {
    expect(loadConfig({}, '/srv/madoguchi').enrolmentsPerIpPerMinute).toBe(DEFAULT_ENROLMENTS_PER_IP_PER_MINUTE);
    expect(DEFAULT_ENROLMENTS_PER_IP_PER_MINUTE).toBe(10);
    expect(loadConfig({ ENROLMENTS_PER_IP_PER_MINUTE: '40' }, '/srv/madoguchi').enrolmentsPerIpPerMinute).toBe(40);
    expect(() => loadConfig({ ENROLMENTS_PER_IP_PER_MINUTE: 'many' }, '/srv/madoguchi')).toThrow('ENROLMENTS_PER_IP_PER_MINUTE');
  });
});
