import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildKioskFixture } from './support/kiosk';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Content, kiosk configs and pack with the test terminal, built once for every kiosk server. */
    kioskFixtureDir: string;
  }
}

/**
 * What every file would otherwise build for itself, built once. Servers are not shared:
 * each test file starts its own (e2e/file-server-setup.ts, support/kiosk.ts), so files run in parallel.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const kioskFixtureDir = await buildKioskFixture();
  project.provide('kioskFixtureDir', kioskFixtureDir);
  return () => rmSync(kioskFixtureDir, { recursive: true, force: true });
}
