import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { seedSampleCatalogue } from './library/seed-sample.js';

// The entry point for `npm run serve`: env → config → app → listen, and a clean stop,
// so a kiosk host or systemd can restart it without leaving the SQLite WAL open.
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await buildApp(config);
  if (process.env.LIBRARY_SAMPLE !== 'off') await seedSampleCatalogue(app.db, app.dbDialect, (message) => app.log.info(message));
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  process.stdout.write(`Madoguchi listening on http://${config.host}:${port}/\n`);

  let closing = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // app.close stops accepting, lets in-flight requests finish, then closes the database.
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Error while shutting down:', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error('Madoguchi failed to start:', error);
  process.exit(1);
});
