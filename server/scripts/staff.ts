/**
 * Staff accounts, for the operator at the server's shell (there is no sign-up page).
 *
 *   tsx server/scripts/staff.ts create-admin <username>      password: $MADOGUCHI_ADMIN_PASSWORD or stdin
 *   tsx server/scripts/staff.ts create-user <username> [--role staff|admin]
 *   tsx server/scripts/staff.ts reset-password <username>    ends the user's sessions
 *   tsx server/scripts/staff.ts disable-user <username>      ends the user's sessions
 *   tsx server/scripts/staff.ts enable-user <username>
 *
 * create-user and reset-password read $MADOGUCHI_STAFF_PASSWORD or stdin. The database is
 * the server's: DATABASE_URL, else DATA_DIR/madoguchi.sqlite.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import type { StaffRole } from '../src/db/schema.js';
import { openDatabase } from '../src/db/open.js';
import { createAuditLog } from '../src/services/audit.js';
import { passwordProblem } from '../src/services/passwords.js';
import { createStaffUserService } from '../src/services/staff-users.js';
import type { ChangeUserResult } from '../src/services/staff-users.js';
import { defaultIo, isMain, readSecretFromStdin, runAsMain } from './lib/cli.js';
import type { CliIo } from './lib/cli.js';

const USAGE = `usage: staff <command> <username>
  create-admin <username>                      password from MADOGUCHI_ADMIN_PASSWORD or stdin
  create-user <username> [--role staff|admin]  password from MADOGUCHI_STAFF_PASSWORD or stdin
  reset-password <username>                    password from MADOGUCHI_STAFF_PASSWORD or stdin
  disable-user <username>
  enable-user <username>`;

const COMMANDS = ['create-admin', 'create-user', 'reset-password', 'disable-user', 'enable-user'] as const;
type Command = (typeof COMMANDS)[number];

/** The whole CLI as a function: exit code out, nothing read from process.* unless io says so. */
export async function runStaffCommand(argv: readonly string[], overrides: Partial<CliIo> = {}): Promise<number> {
  const io = defaultIo(overrides);
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { role: { type: 'string' } } });
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [command, username, ...rest] = parsed.positionals;
  const role = parsed.values.role ?? 'staff';
  if (!isCommand(command) || !username || rest.length > 0 || (role !== 'staff' && role !== 'admin')) {
    io.err(USAGE);
    return 2;
  }

  let password = '';
  if (command === 'create-admin' || command === 'create-user' || command === 'reset-password') {
    const variable = command === 'create-admin' ? 'MADOGUCHI_ADMIN_PASSWORD' : 'MADOGUCHI_STAFF_PASSWORD';
    password = await readPassword(io, variable, username);
    // Checked before the database is opened, so a typo costs nothing.
    const problem = passwordProblem(password);
    if (problem) {
      io.err(`${problem}; nothing was changed`);
      return 1;
    }
  }

  const config = loadConfig(io.env);
  const opened = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    const users = createStaffUserService({ db: opened.db });
    const audit = createAuditLog({ db: opened.db });
    const result = await apply(command, users, { username, password, role });
    if (!result.ok) {
      io.err(result.message);
      return 1;
    }
    const created = command === 'create-admin' ? 'admin' : command === 'create-user' ? role : undefined;
    await audit.record({ actor: 'cli', action: `staff.${command}`, target: result.username, detail: created ? { role: created } : null });
    // Where, so an operator who ran it against the wrong DATA_DIR notices at once.
    io.out(`${DONE[command]} ${result.username} in ${opened.dialect === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : config.dataDir}`);
    return 0;
  } finally {
    await opened.close();
  }
}

const DONE: Record<Command, string> = {
  'create-admin': 'created administrator',
  'create-user': 'created staff user',
  'reset-password': 'reset the password of',
  'disable-user': 'disabled',
  'enable-user': 'enabled',
};

function apply(
  command: Command,
  users: ReturnType<typeof createStaffUserService>,
  { username, password, role }: { username: string; password: string; role: StaffRole },
): Promise<ChangeUserResult> {
  switch (command) {
    case 'create-admin':
      return users.create({ username, password, role: 'admin' });
    case 'create-user':
      return users.create({ username, password, role });
    case 'reset-password':
      return users.resetPassword(username, password);
    case 'disable-user':
      return users.setDisabled(username, true);
    case 'enable-user':
      return users.setDisabled(username, false);
  }
}

function isCommand(value: string | undefined): value is Command {
  return (COMMANDS as readonly (string | undefined)[]).includes(value);
}

async function readPassword(io: CliIo, variable: string, username: string): Promise<string> {
  const fromEnv = io.env[variable];
  if (fromEnv) return fromEnv;
  const first = await io.readSecret(`Password for ${username} (at least 12 characters): `);
  if (io.readSecret !== readSecretFromStdin || !process.stdin.isTTY) return first;
  // Typed blind: ask again so a slip of the finger does not lock the operator out.
  const again = await io.readSecret('Repeat the password: ');
  if (again !== first) throw new Error('The passwords differ; nothing was changed');
  return first;
}

if (isMain(import.meta.url)) runAsMain(() => runStaffCommand(process.argv.slice(2)));
