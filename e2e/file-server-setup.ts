import { afterAll, beforeAll } from 'vitest';
import { fileServerSlot } from './support/file-server';
import { startBuiltServer } from './support/start-server';

/**
 * Setup file of the e2e project: every test file gets a server of its own (port, SQLite
 * database, data folder), so files run side by side without seeing each other's notices,
 * submissions or staff users.
 */
beforeAll(async () => {
  fileServerSlot.e2eFileServer = await startBuiltServer();
});

afterAll(async () => {
  await fileServerSlot.e2eFileServer?.stop();
  delete fileServerSlot.e2eFileServer;
});
