import { describe, expect, it } from 'vitest';
import { checkPackUsable, pathsToCheck } from './usability';
import { mergeKioskConfig } from '../kiosk/config';
import { searchIndexFormat } from '../search/options';
import defaults from '../../../kiosk-config/default.json';

const terminal = 'taira-shisho-01';
const kioskPath = `kiosks/${terminal}.json`;
const shard = { format: searchIndexFormat, fields: ['title'], storedFields: [], averageFieldLength: [1], ids: [], fieldLength: [], stored: [], terms: [] };
const goodPack: Array<[string, unknown]> = [
  ['meta.json', { city: 'いわき市', asOf: '2026-11-25', sample: true, documentCounts: {} }],
  ['guides/index.json', [{ id: 'juminhyo-copy' }]],
  ['faq.json', []],
  ['facilities.json', []],
  ['search/faq.json', shard],
  [kioskPath, mergeKioskConfig(defaults, { terminalId: terminal })],
];
const listed = goodPack.map(([path]) => path);
const check = (changes: Array<[string, unknown]>, terminalId: string | undefined) =>
  checkPackUsable(new Map([...goodPack, ...changes]), listed, terminalId);

describe('is a switched-in pack usable on this device', () => {
  it('a complete pack with a valid config for this terminal is usable', () => {
    expect(check([], terminal)).toBeUndefined();
  });

  it('a signed pack whose config for this kiosk breaks the schema is not', () => {
    const broken = { ...mergeKioskConfig(defaults, { terminalId: terminal }), idle: { timeoutSeconds: 3, warningSeconds: 5 } };
    expect(check([[kioskPath, broken]], terminal)).toEqual({ kind: 'kiosk-config-invalid', path: kioskPath });
  });

  it('a pack without this kiosk’s config, or with another terminal’s under its name, is not', () => {
    expect(checkPackUsable(new Map(goodPack.filter(([p]) => p !== kioskPath)), listed, terminal)).toEqual({ kind: 'kiosk-config-missing', path: kioskPath });
    expect(check([[kioskPath, mergeKioskConfig(defaults, { terminalId: 'nakoso-shisho-01' })]], terminal)?.kind).toBe('kiosk-config-invalid');
  });

  it('a phone does not care about kiosk configs', () => {
    expect(check([[kioskPath, { nonsense: true }]], undefined)).toBeUndefined();
  });

  it('an index document that is not a list, or is missing, makes the pack unusable', () => {
    expect(check([['guides/index.json', { id: 'x' }]], terminal)).toEqual({ kind: 'document-malformed', path: 'guides/index.json' });
    expect(check([['faq.json', 'oops']], terminal)).toEqual({ kind: 'document-malformed', path: 'faq.json' });
    expect(check([['meta.json', undefined]], terminal)).toEqual({ kind: 'document-missing', path: 'meta.json' });
    expect(check([['meta.json', { asOf: 20261125 }]], terminal)).toEqual({ kind: 'document-malformed', path: 'meta.json' });
  });

  it('a search shard of another format (a search that would silently find nothing) is refused', () => {
    expect(check([['search/faq.json', { ...shard, format: searchIndexFormat + 1 }]], terminal)).toEqual({ kind: 'search-index-unusable', path: 'search/faq.json' });
  });

  it('reads only the few documents it checks, and only those the pack has', () => {
    expect(pathsToCheck(listed, terminal).sort()).toEqual(['facilities.json', 'faq.json', 'guides/index.json', kioskPath, 'meta.json', 'search/faq.json']);
    expect(pathsToCheck(listed, undefined)).not.toContain(kioskPath);
  });
});
