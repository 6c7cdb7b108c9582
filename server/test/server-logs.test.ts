import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { TEST_FORMS } from './helpers/app.js';
import { createScratch } from './helpers/databases.js';
import type { Scratch } from './helpers/databases.js';

/** A server whose pino lines are kept in memory, as an operator's log collector would keep them. */
async function loggedApp(env: NodeJS.ProcessEnv): Promise<{ app: FastifyInstance; lines: () => string }> {
  scratch = await createScratch({ name: 'sqlite' });
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const config = loadConfig({
    DATA_DIR: scratch.dataDir,
    STATIC_DIR: `${scratch.dataDir}/no-dist`,
    PACKS_DIR: `${scratch.dataDir}/no-packs`,
    ...env,
  });
  app = await buildApp(config, { logger: { level: 'info', stream }, forms: TEST_FORMS });
  return { app, lines: () => chunks.join('') };
}

let app: FastifyInstance | undefined;
let scratch: Scratch | undefined;
afterEach(async () => {
  await app?.close();
  await scratch?.cleanup();
  app = undefined;
  scratch = undefined;
});

describe.shuffle('what the server writes to its log', () => {
  it('never writes a kiosk enrolment token from the launch URL', async () => {
    const { app: server, lines } = await loggedApp({});
    const secret = 'Zq3vQ0nS3cr3tEnr0lT0k3n_abcdefghijklmnopqrs';
    for (const url of [`/?kiosk=onahama-shisho-01&token=${secret}`, `/attract?token=${secret}&kiosk=x`, `/api/nothing?token=${secret}`]) {
      await server.inject({ method: 'GET', url });
    }
    expect(lines()).toContain('onahama-shisho-01');
    expect(lines()).not.toContain(secret);
    expect(lines()).toContain('token=[redacted]');
  });

  it('warns at start when TRUST_PROXY=true trusts whoever sends X-Forwarded-For', async () => {
    const { lines } = await loggedApp({ TRUST_PROXY: 'true' });
    const warning = lines().split('\n').filter(Boolean).map((line) => JSON.parse(line) as { level: number; msg: string }).find((entry) => entry.msg.includes('TRUST_PROXY'));
    expect(warning?.level).toBe(40);
  });

  it('says nothing about TRUST_PROXY when it names the proxy', async () => {
    const { lines } = await loggedApp({ TRUST_PROXY: '127.0.0.1' });
    expect(lines()).not.toContain('TRUST_PROXY');
  });
});
