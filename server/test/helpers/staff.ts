import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { StaffRole } from '../../src/db/schema.js';

export const PASSWORD = 'correct horse battery staple';

let nextAddress = 1;
/** A fresh client address per login, so the per-address limit is only met where a test means it. */
export function freshIp(): string {
  nextAddress += 1;
  return `10.0.${Math.floor(nextAddress / 250)}.${nextAddress % 250}`;
}

/** Staff who are not admins see only their departments' forms; by default they get every test form's department. */
export async function createStaff(
  app: FastifyInstance,
  username: string,
  role: StaffRole = 'staff',
  password = PASSWORD,
  departments: string[] = ['shimin', 'kankyo'],
): Promise<void> {
  const result = await app.staffUsers.create({ username, password, role });
  if (!result.ok) throw new Error(result.message);
  const set = await app.staffUsers.setDepartments(username, departments);
  if (!set.ok) throw new Error(set.message);
}

export function postLogin(app: FastifyInstance, username: string, password: string, headers: Record<string, string> = {}, remoteAddress = freshIp()) {
  return app.inject({ method: 'POST', url: '/api/staff/login', remoteAddress, headers, payload: { username, password } });
}

export interface StaffClient {
  cookie: string;
  csrfToken: string;
  /** inject() with the session cookie, and on non-GET the CSRF header too. */
  request(options: InjectOptions & { url: string }): Promise<LightMyRequestResponse>;
}

export async function login(app: FastifyInstance, username: string, password = PASSWORD): Promise<StaffClient> {
  const res = await postLogin(app, username, password);
  if (res.statusCode !== 200) throw new Error(`login as ${username}: ${res.statusCode} ${res.body}`);
  const set = res.cookies.find((c) => c.name === 'mdg_session');
  if (!set) throw new Error('no session cookie');
  const cookie = `mdg_session=${set.value}`;
  const { csrfToken } = res.json<{ csrfToken: string }>();
  return {
    cookie,
    csrfToken,
    request: (options) => {
      const safe = !options.method || options.method === 'GET' || options.method === 'HEAD';
      const headers = { cookie, ...(safe ? {} : { 'x-csrf-token': csrfToken }), ...(options.headers as Record<string, string> | undefined) };
      return app.inject({ ...options, headers });
    },
  };
}
