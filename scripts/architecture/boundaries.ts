import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

/**
 * Which parts of the tree may import which. Paths are repository-relative, with "/".
 * A rule forbids imports from files under `from` (minus `except`) into files under `to`.
 */
export interface BoundaryRule {
  name: string;
  from: string[];
  except?: string[];
  to: string[];
  why: string;
}

export const boundaryRules: readonly BoundaryRule[] = [
  {
    name: 'contract is a leaf',
    from: ['contract/'],
    to: ['src/', 'server/', 'scripts/', 'bench/', 'e2e/', 'kiosk-config/'],
    why: 'every runtime imports the contract; it imports none of them, or the shapes would follow one runtime',
  },
  {
    name: 'app does not import the server',
    from: ['src/'],
    to: ['server/'],
    why: 'the app takes API types from contract/, never from server code',
  },
  {
    name: 'server does not import the app',
    from: ['server/'],
    to: ['src/'],
    why: 'the server compiles and deploys without the app; shared shapes live in contract/',
  },
  {
    name: 'shared UI imports no feature',
    from: ['src/ui/'],
    to: ['src/features/'],
    why: 'src/ui is used by every screen; a feature import would tie all of them to one',
  },
  {
    name: 'storage imports no feature',
    from: ['src/db/'],
    to: ['src/features/'],
    why: 'src/db owns IndexedDB for every runtime, including the service worker',
  },
  {
    name: 'runtime services import no feature',
    from: ['src/runtime/', 'src/outbox/', 'src/lib/', 'src/i18n/'],
    except: ['src/outbox/screens/'],
    to: ['src/features/'],
    why: 'services every screen uses cannot depend on one screen',
  },
];

export interface ImportEdge {
  file: string;
  line: number;
  specifier: string;
  target: string;
}

export interface Violation extends ImportEdge {
  rule: string;
}

const importPattern = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

/** The relative imports of one source text, resolved to repository paths. */
export function importsOf(file: string, text: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const match of text.matchAll(importPattern)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (!specifier?.startsWith('.')) continue;
    const target = normalize(join(dirname(file), specifier)).split(sep).join('/');
    const leading = match[0].length - match[0].trimStart().length;
    const line = text.slice(0, match.index + leading).split('\n').length;
    edges.push({ file, line, specifier, target });
  }
  return edges;
}

const under = (path: string, prefixes: readonly string[] | undefined) => (prefixes ?? []).some((p) => path.startsWith(p));

export function violations(edges: readonly ImportEdge[], rules: readonly BoundaryRule[] = boundaryRules): Violation[] {
  const found: Violation[] = [];
  for (const edge of edges) {
    for (const rule of rules) {
      if (under(edge.file, rule.from) && !under(edge.file, rule.except) && under(edge.target, rule.to)) found.push({ ...edge, rule: rule.name });
    }
  }
  return found;
}

const sourceFile = /\.(ts|tsx|mts|mjs)$/;
const skipped = new Set(['node_modules', 'dist', 'dist-server', 'dist-packs', 'data', 'coverage', '.tmp', '.git', 'generated']);

/** Every import edge of the repository's own source. */
export function repositoryImports(root: string, tops: readonly string[] = ['src', 'server', 'contract', 'scripts', 'bench', 'e2e', 'kiosk-config']): ImportEdge[] {
  const edges: ImportEdge[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (skipped.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (sourceFile.test(entry.name)) edges.push(...importsOf(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8')));
    }
  };
  for (const top of tops) walk(join(root, top));
  return edges;
}
