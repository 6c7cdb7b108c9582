import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Three suites, one runner: `unit` (pure code and components in happy-dom),
// `server` (Fastify via app.inject on real SQLite, and PostgreSQL when
// TEST_DATABASE_URL is set) and `e2e` (the built app in Debian Chromium).
export default defineConfig({
  test: {
    // The JSON report is what .ci/run sums into its one "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/test-results.json' },
    projects: [
      {
        plugins: [preact()],
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'contract/**/*.test.ts', 'scripts/**/*.test.ts', 'kiosk-config/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['src/test/setup.ts'],
          // Vitest's default is one worker fewer than the cores: one on this 2-core machine.
          maxWorkers: 2,
          // Above the waits' own bound (src/test/setup.ts): a slow machine fails a test by its
          // assertion, not by a timeout that says nothing.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'server',
          include: ['server/test/**/*.test.ts'],
          environment: 'node',
          maxWorkers: 2,
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['e2e/global-setup.ts'],
          // Each file starts its own server (and kiosk files their own kiosk server) and
          // browser, so files can run side by side. Two at a time ran the whole project green
          // once under load, but the fresh-clone CI of the merged suite then failed three
          // tests (a half-written LevelDB table, fixed; the phone date picker; a camera scan's
          // navigation): one file at a time until two run green three times in a row.
          setupFiles: ['e2e/file-server-setup.ts'],
          // Generous bounds: a passing test ends when its condition holds, so these only
          // decide how long a busy machine may take before a test counts as failed.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // expect.poll's own default gives up after one second.
          expect: { poll: { timeout: 20_000 } },
          maxWorkers: 1,
          // After unit and server (group 0), which keep both cores busy.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
