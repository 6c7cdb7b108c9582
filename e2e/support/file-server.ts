import type { RunningServer } from './start-server';

/** Where e2e/file-server-setup.ts keeps the file's server: the one value both module graphs see. */
export const fileServerSlot = globalThis as { e2eFileServer?: RunningServer };

/** This test file's own server; only inside hooks and tests (it starts before the file's own hooks). */
export function fileServer(): RunningServer {
  if (!fileServerSlot.e2eFileServer) throw new Error('the file server runs only inside hooks and tests');
  return fileServerSlot.e2eFileServer;
}
