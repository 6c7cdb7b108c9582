// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import schema from '../../kiosk-config/schema.json';

/**
 * Every key the operators' JSON Schema documents must be read by the app: a key nothing
 * reads is a promise to an operator that the terminal does not keep (`features` was one,
 * `siteName` another). Each key names the file that reads it and the code that does; the
 * test fails on a documented key with no reader, and on a reader whose code is gone.
 */
const readers: Record<string, { file: string; reads: string }> = {
  terminalId: { file: 'src/runtime/kiosk/use-kiosk-config.ts', reads: 'terminalId' },
  siteName: { file: 'src/features/attract/attract-screen.tsx', reads: '.siteName' },
  location: { file: 'src/features/disaster/here.ts', reads: 'kioskConfig.value?.location' },
  'location.lat': { file: 'src/features/disaster/here.ts', reads: 'lat: kiosk.lat' },
  'location.lng': { file: 'src/features/disaster/here.ts', reads: 'lng: kiosk.lng' },
  'location.label': { file: 'src/features/disaster/here.ts', reads: 'label: kiosk.label' },
  defaults: { file: 'src/runtime/kiosk/use-kiosk-config.ts', reads: 'resetDisplayModes(parsed.config.defaults)' },
  'defaults.language': { file: 'src/runtime/kiosk/use-kiosk-config.ts', reads: 'parsed.config.defaults.language' },
  'defaults.textSize': { file: 'src/runtime/display/display-modes.ts', reads: '.textSize' },
  'defaults.theme': { file: 'src/runtime/display/display-modes.ts', reads: '.theme' },
  'defaults.furigana': { file: 'src/runtime/display/display-modes.ts', reads: '.furigana' },
  idle: { file: 'src/runtime/kiosk/kiosk-runtime.tsx', reads: '.idle' },
  'idle.timeoutSeconds': { file: 'src/runtime/kiosk/kiosk-runtime.tsx', reads: 'timeoutSeconds' },
  'idle.warningSeconds': { file: 'src/runtime/kiosk/kiosk-runtime.tsx', reads: 'warningSeconds' },
  attract: { file: 'src/features/attract/attract-screen.tsx', reads: '.attract.' },
  'attract.cards': { file: 'src/features/attract/attract-screen.tsx', reads: 'attract.cards' },
  'attract.rotateSeconds': { file: 'src/features/attract/attract-screen.tsx', reads: 'attract.rotateSeconds' },
  printer: { file: 'src/ui/print-button.tsx', reads: '.printer' },
  'printer.paper': { file: 'src/lib/kiosk/config.ts', reads: 'printer.paper' },
  quietHours: { file: 'src/runtime/kiosk/quiet-hours.ts', reads: 'config.quietHours' },
  'quietHours.start': { file: 'src/lib/kiosk/config.ts', reads: 'quiet.start' },
  'quietHours.end': { file: 'src/lib/kiosk/config.ts', reads: 'quiet.end' },
  basemap: { file: 'src/features/disaster/map/use-basemap.ts', reads: '.basemap' },
  'basemap.url': { file: 'src/features/disaster/map/use-basemap.ts', reads: '.url' },
  'basemap.attribution': { file: 'src/features/disaster/map/use-basemap.ts', reads: '.attribution' },
  'basemap.sha256': { file: 'src/lib/pmtiles/basemap-url.ts', reads: '.sha256' },
  heartbeatSeconds: { file: 'src/runtime/kiosk/kiosk-runtime.tsx', reads: 'heartbeatSeconds' },
};

interface SchemaNode { properties?: Record<string, SchemaNode>; oneOf?: SchemaNode[] }

/** Key paths of the schema, e.g. "idle.timeoutSeconds"; `$schema` is for editors only. */
function schemaKeyPaths(node: SchemaNode, parent = ''): string[] {
  const paths: string[] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (key === '$schema') continue;
    const path = parent ? `${parent}.${key}` : key;
    paths.push(path);
    for (const variant of [child, ...(child.oneOf ?? [])]) paths.push(...schemaKeyPaths({ properties: variant.properties ?? {} }, path));
  }
  return [...new Set(paths)];
}

const root = new URL('../..', import.meta.url).pathname;

describe('kiosk configuration keys', () => {
  const paths = schemaKeyPaths(schema as SchemaNode);

  it('every key the schema documents names the code that reads it', () => {
    expect(paths.length).toBeGreaterThan(15);
    expect(paths.filter((path) => !readers[path])).toEqual([]);
  });

  it.each(Object.entries(readers))('%s is read where the table says', (path, { file, reads }) => {
    expect(paths, `${path} is no longer in schema.json`).toContain(path);
    expect(readFileSync(`${root}${file}`, 'utf8')).toContain(reads);
  });
});
