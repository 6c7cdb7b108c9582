import { describe, expect, it } from 'vitest';
import { Value } from '@sinclair/typebox/value';
import { KioskId } from '../../../contract/api/kiosks';
import { parseKioskConfig } from './config';
import defaults from '../../../kiosk-config/default.json';
import schema from '../../../kiosk-config/schema.json';
import { TERMINAL_ID_PATTERN } from '../../../contract/ids';

// A terminal id passes the content build (the kiosk config validator) exactly when the
// server would let it enrol. Before the contract, `taira-` built and could never enrol.
const candidates = ['taira-shisho-01', 'ab', 'a', 'taira-', '-taira', 'taira--01', 'Taira', 'taira_01', 'x'.repeat(63), 'x'.repeat(64)];

describe('the terminal-id rule is one rule', () => {
  it.each(candidates)('%s: content build and enrolment agree', (id) => {
    const builds = parseKioskConfig({ ...defaults, terminalId: id }).ok;
    const enrols = Value.Check(KioskId, id);
    expect(builds).toBe(enrols);
  });

  it('refuses the ids that once built but never enrolled', () => {
    for (const id of ['taira-', 'taira--01', 'x'.repeat(64)]) expect(parseKioskConfig({ ...defaults, terminalId: id }).ok).toBe(false);
  });

  it('the operators’ JSON Schema carries the same pattern', () => {
    const properties = (schema as { properties: { terminalId: { pattern: string } } }).properties;
    expect(properties.terminalId.pattern).toBe(TERMINAL_ID_PATTERN);
  });
});
