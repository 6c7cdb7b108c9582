import { describe, expect, it } from 'vitest';
import { inQuietHours, mergeKioskConfig, parseKioskConfig, printerPaper } from './config';
import defaults from '../../../kiosk-config/default.json';
import schema from '../../../kiosk-config/schema.json';
import { languageCodes } from '../../../contract/languages';

const sites = import.meta.glob<{ default: Record<string, unknown> }>('../../../kiosk-config/sites/*.json', { eager: true });

describe('kiosk configuration', () => {
  it('every site file merged over the defaults is valid', () => {
    expect(Object.keys(sites).length).toBeGreaterThanOrEqual(4);
    for (const [file, site] of Object.entries(sites)) {
      const parsed = parseKioskConfig(mergeKioskConfig(defaults, site.default));
      expect(parsed.ok, `${file}: ${JSON.stringify(parsed.ok ? '' : parsed.issues)}`).toBe(true);
    }
  });

  it('a bad value is reported with its path, for the operator error screen', () => {
    const parsed = parseKioskConfig({ ...defaults, idle: { timeoutSeconds: 3, warningSeconds: 20 }, printer: 'yes' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['idle.timeoutSeconds', 'printer']));
  });

  it('unknown keys are refused (a typo must not be silently ignored)', () => {
    const parsed = parseKioskConfig({ ...defaults, idleTimeout: 30 });
    expect(parsed.ok).toBe(false);
  });

  it('the JSON Schema for operators lists the same top-level keys as the validator', () => {
    const { properties, required } = schema as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(properties).sort()).toEqual(Object.keys(defaults).concat([]).sort());
    for (const key of required) expect(defaults).toHaveProperty(key);
  });

  it('the JSON Schema offers operators exactly the languages of contract/languages.ts, in order', () => {
    const defaultsSchema = (schema as { properties: { defaults: { properties: { language: { enum: string[] } } } } }).properties.defaults;
    expect(defaultsSchema.properties.language.enum).toEqual([...languageCodes]);
  });

  it('a printer is yes/no (yes: an 80 mm roll) or names its paper; other papers are refused', () => {
    expect(printerPaper(false)).toBeUndefined();
    expect(printerPaper(true)).toBe('80mm');
    expect(printerPaper({ paper: 'A4' })).toBe('A4');
    expect(parseKioskConfig({ ...defaults, printer: { paper: 'A4' } }).ok).toBe(true);
    expect(parseKioskConfig({ ...defaults, printer: { paper: 'B5' } }).ok).toBe(false);
  });

  it('a PMTiles basemap must be a file of this server, with its attribution and its sha256', () => {
    const basemap = { url: '/tiles/iwaki-2026-11.pmtiles', attribution: '© OpenStreetMap contributors', sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' };
    const ok = parseKioskConfig({ ...defaults, basemap });
    expect(ok.ok && ok.config.basemap).toEqual(basemap);
    const elsewhere = parseKioskConfig({ ...defaults, basemap: { ...basemap, url: 'https://tiles.example.invalid/iwaki.pmtiles' } });
    expect(!elsewhere.ok && elsewhere.issues.map((i) => i.path)).toEqual(['basemap.url']);
    expect(parseKioskConfig({ ...defaults, basemap: { url: basemap.url } }).ok).toBe(false);
    const noDigest = parseKioskConfig({ ...defaults, basemap: { url: basemap.url, attribution: basemap.attribution } });
    expect(!noDigest.ok && noDigest.issues.map((i) => i.path)).toEqual(['basemap.sha256']);
    const badDigest = parseKioskConfig({ ...defaults, basemap: { ...basemap, sha256: basemap.sha256.toUpperCase() } });
    expect(!badDigest.ok && badDigest.issues.map((i) => i.path)).toEqual(['basemap.sha256']);
  });

  it('quiet hours may cross midnight', () => {
    const night = { start: '21:30', end: '08:30' };
    expect(inQuietHours(night, 23 * 60)).toBe(true);
    expect(inQuietHours(night, 7 * 60)).toBe(true);
    expect(inQuietHours(night, 12 * 60)).toBe(false);
    expect(inQuietHours({ start: '02:00', end: '04:30' }, 3 * 60)).toBe(true);
    expect(inQuietHours({ start: '02:00', end: '04:30' }, 5 * 60)).toBe(false);
  });
});
