/** One check `npm test` runs before vitest. */
export interface CheckJob {
  name: string;
  command: string;
}

/**
 * Longest first, so the two slots end together. The pack key exists before these start
 * (`npm run keys:pack` in `npm test`): the app's type check imports its public half and
 * the build signs with it, and two jobs making it at once would race.
 */
export const checkJobs: readonly CheckJob[] = [
  { name: 'build', command: 'npm run --silent build' },
  { name: 'lint', command: 'eslint .' },
  { name: 'types: app', command: 'tsc -p tsconfig.json --noEmit' },
  { name: 'types: server', command: 'tsc -p server/tsconfig.json --noEmit' },
  { name: 'types: scripts and tests', command: 'tsc -p tsconfig.node.json --noEmit' },
  { name: 'types: service worker', command: 'tsc -p src/sw/tsconfig.json --noEmit' },
  { name: 'types: workers', command: 'tsc -p src/workers/tsconfig.json --noEmit' },
];
