import type { TestProject } from 'vitest/node';
import { startBuiltServer } from './support/start-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    dataDir: string;
  }
}

/** One real server on the built app for the whole e2e suite. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startBuiltServer();
  project.provide('baseURL', server.url);
  project.provide('dataDir', server.dataDir);
  return () => server.stop();
}
