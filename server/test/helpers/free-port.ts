import { createServer } from 'node:net';

/**
 * A port nothing listens on now, for a server a test or bench starts in another process:
 * the one copy the server tests, the e2e suite and the benches share.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
