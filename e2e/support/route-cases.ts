import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/**
 * The route names of src/app/routes.ts, read from its source (importing it would pull the
 * whole app into the test's compilation). The staff console is not a kiosk or phone screen.
 */
export function citizenRouteNames(): string[] {
  const source = readFileSync(join(root, 'src/app/routes.ts'), 'utf8');
  return [...source.matchAll(/^\s+(\w+): \{ path: '/gm)].map((m) => m[1]!).filter((name) => name !== 'staff');
}

export interface RouteCase {
  path: string;
  /** A selector that exists once the screen has rendered (content screens: once the pack is read). */
  ready: string;
}

interface ManifestFile { path: string; sha256: string }

/** Reads one file of the built content pack (dist-packs), as the app receives it. */
function packFile(name: string): string {
  const manifest = JSON.parse(readFileSync(join(root, 'dist-packs/manifest.json'), 'utf8')) as { files: ManifestFile[] };
  const file = manifest.files.find((f) => f.path === name);
  if (!file) throw new Error(`the built pack has no ${name}`);
  return readFileSync(join(root, 'dist-packs/objects', `${file.sha256}.json`), 'utf8');
}
const packJson = <T>(name: string): T => JSON.parse(packFile(name)) as T;

/**
 * Every citizen route of src/app/routes.ts with the concrete pages to open, taken from the
 * built pack: the guides with the most in-text links (where small targets hide), a table
 * guide, every form's first step, a facility with a phone number, a site page, the map.
 * A route of routes.ts missing here is an error, so a new screen cannot escape the check.
 */
export function routeCases(): RouteCase[] {
  const guides = packJson<Array<{ id: string; langs: string[] }>>('guides/index.json')
    .filter((g) => g.langs.includes('ja'))
    .map((g) => ({ id: g.id, links: packFile(`guides/${g.id}.ja.json`).split('href').length - 1 }))
    .sort((a, b) => b.links - a.links);
  const forms = packJson<Array<{ id: string }>>('forms/index.json');
  const ordinances = packJson<Array<{ id: string }>>('ordinances/index.json');
  const facilities = packJson<Array<{ id: string; phone?: string }>>('facilities.json');
  const sites = packJson<Array<{ id: string; hazards: string[] }>>('disaster/sites.json');
  const facility = facilities.find((f) => f.phone) ?? facilities[0]!;
  const site = sites.find((s) => s.hazards.includes('tsunami')) ?? sites[0]!;

  const cases: Record<string, RouteCase[]> = {
    home: [{ path: '/', ready: '.home__tiles' }],
    attract: [{ path: '/attract', ready: '.attract__start' }],
    language: [{ path: '/language', ready: '.language-list' }],
    settings: [{ path: '/settings', ready: 'main .display-controls' }],
    guides: [{ path: '/guides', ready: '.guide-link' }],
    guide: [
      ...guides.slice(0, 2).map((g) => ({ path: `/guides/${g.id}`, ready: '.guide__body' })),
      { path: '/guides/waste-collection-days', ready: '.guide__body table' },
    ],
    faq: [{ path: '/faq', ready: '.faq__item' }],
    ordinances: [{ path: '/ordinances', ready: '.guide-link' }],
    ordinance: ordinances.slice(0, 1).map((o) => ({ path: `/ordinances/${o.id}`, ready: '.ordinance__article' })),
    facilities: [{ path: '/facilities', ready: '.facility-card' }],
    facility: [{ path: `/facilities/${facility.id}`, ready: '.facility-detail' }],
    events: [{ path: '/events', ready: 'main h1' }],
    search: [{ path: '/search?q=ひなんじょ', ready: '.search-hit' }],
    forms: [{ path: '/forms', ready: '.form-link' }],
    form: forms.map((f) => ({ path: `/f/${f.id}`, ready: '.runner' })),
    receipt: [{ path: '/receipts/no-such-receipt', ready: 'main h1' }],
    outbox: [{ path: '/outbox', ready: 'main h1' }],
    scan: [{ path: '/scan', ready: '.scan__controls' }],
    disaster: [
      { path: '/disaster', ready: '.hazard-picker' },
      { path: '/disaster?hazard=tsunami', ready: '.site-card' },
      { path: '/disaster?hazard=tsunami&view=map', ready: '.leaflet-marker-icon.leaflet-interactive' },
    ],
    disasterSite: [{ path: `/disaster/sites/${site.id}?hazard=tsunami`, ready: '.site-print' }],
    disasterMedical: [{ path: '/disaster/medical', ready: '.place-card' }],
    // Results need the catalogue's server; the hold screen without a searched book shows its notice.
    library: [{ path: '/library', ready: '.library-search' }, { path: '/library/hold/sample-000001', ready: 'main .notice' }],
    status: [{ path: '/status', ready: '.status-form' }],
    // Without the API (a file server) the rooms list says it cannot load them; with it, the rooms.
    reservations: [{ path: '/reservations', ready: 'main .notice, .resv-rooms' }],
    counter: [
      { path: '/counter', ready: '.counter-start' },
      { path: '/counter/one', ready: '.counter-split .counter-half__say' },
      { path: '/counter/join', ready: '.counter-pad' },
    ],
  };
  const missing = citizenRouteNames().filter((name) => !cases[name]?.length);
  if (missing.length) throw new Error(`routes.ts has routes the touch-target check does not visit: ${missing.join(', ')}`);
  return [...Object.values(cases).flat(), { path: '/no-such-page', ready: 'main h1' }];
}
