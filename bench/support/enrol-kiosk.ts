/**
 * An operator's enrolment of one terminal (create-admin CLI, staff login, enrolment token),
 * returning the link the kiosk's Chromium opens once: `/?kiosk=<id>&token=<token>`.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { request } from 'playwright-core';
import type { RunningServer } from '../../e2e/support/start-server.ts';

const root = new URL('../..', import.meta.url).pathname;
const password = 'correct horse battery staple';

export async function enrolmentLink(server: RunningServer, terminalId: string): Promise<string> {
  execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'server/scripts/staff.ts'), 'create-admin', 'bench'], {
    cwd: root, stdio: 'pipe', env: { ...process.env, DATA_DIR: server.dataDir, DATABASE_URL: '', MADOGUCHI_ADMIN_PASSWORD: password },
  });
  const api = await request.newContext({ baseURL: server.url, extraHTTPHeaders: { origin: server.url } });
  try {
    const login = await api.post('/api/staff/login', { data: { username: 'bench', password } });
    if (!login.ok()) throw new Error(`staff login: ${login.status()}`);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const issued = await api.post('/api/staff/kiosks', { headers: { 'x-csrf-token': csrfToken }, data: { kioskId: terminalId, siteName: 'bench' } });
    if (!issued.ok()) throw new Error(`enrolment token: ${issued.status()}`);
    const { enrolmentToken } = (await issued.json()) as { enrolmentToken: string };
    return `${server.url}/?kiosk=${terminalId}&token=${encodeURIComponent(enrolmentToken)}`;
  } finally {
    await api.dispose();
  }
}
