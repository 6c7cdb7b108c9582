/**
 * Staff accounts, for the operator at the server's shell (there is no sign-up page).
 *
 *   tsx server/scripts/staff.ts create-admin <username>      password: $MADOGUCHI_ADMIN_PASSWORD or stdin
 *   tsx server/scripts/staff.ts create-user <username> [--role staff|admin|shelter] [--departments a,b]
 *                                                            shelter: may only set shelter status
 *   tsx server/scripts/staff.ts set-departments <username> [department ...]   none: sees no submissions
 *   tsx server/scripts/staff.ts set-disaster-officer <username> on|off     may post city-wide emergencies
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
import { loadFormRegistry } from '../src/services/forms.js';
import { passwordProblem } from '../src/services/passwords.js';
import { createStaffUserService } from '../src/services/staff-users.js';
import type { ChangeUserResult } from '../src/services/staff-users.js';
import { defaultIo, isMain, readSecretFromStdin, runAsMain } from './lib/cli.js';
import type { CliIo } from './lib/cli.js';

const USAGE = `usage: staff <command> <username>
  create-admin <username>                      password from MADOGUCHI_ADMIN_PASSWORD or stdin
  create-user <username> [--role staff|admin|shelter] [--departments a,b]
                                               password from MADOGUCHI_STAFF_PASSWORD or stdin;
                                               shelter staff may only set shelter status
  set-departments <username> [department ...]  the forms' department ids (e.g. gomi-genryo shimin);
                                               staff see only those departments' submissions, admins all
  set-disaster-officer <username> on|off       may post an emergency notice to the whole city
  reset-password <username>                    password from MADOGUCHI_STAFF_PASSWORD or stdin
  disable-user <username>
  enable-user <username>`;

const COMMANDS = ['create-admin', 'create-user', 'set-departments', 'set-disaster-officer', 'reset-password', 'disable-user', 'enable-user'] as const;
type Command = (typeof COMMANDS)[number];

/** The whole CLI as a function: exit code out, nothing read from process.* unless io says so. */
export async function runStaffCommand(argv: readonly string[], overrides: Partial<CliIo> = {}): Promise<number> {
  const io = defaultIo(overrides);
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { role: { type: 'string' }, departments: { type: 'string' } } });
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [command, username, ...rest] = parsed.positionals;
  const role = parsed.values.role ?? 'staff';
  const departments = command === 'set-departments' ? rest.flatMap(splitList) : splitList(parsed.values.departments ?? '');
  const officer = command === 'set-disaster-officer' ? rest[0] : undefined;
  const badOfficer = command === 'set-disaster-officer' && (rest.length !== 1 || (officer !== 'on' && officer !== 'off'));
  const extraArguments = command === 'set-departments' || command === 'set-disaster-officer' ? 0 : rest.length;
  const misplacedDepartments = parsed.values.departments !== undefined && command !== 'create-user';
  if (!isCommand(command) || !username || extraArguments > 0 || misplacedDepartments || badOfficer || (role !== 'staff' && role !== 'admin' && role !== 'shelter')) {
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
    const result = await apply(command, users, { username, password, role, departments, officer: officer === 'on' });
    if (!result.ok) {
      io.err(result.message);
      return 1;
    }
    const created = command === 'create-admin' ? 'admin' : command === 'create-user' ? role : undefined;
    const detail = {
      ...(created ? { role: created } : {}),
      ...(command === 'set-departments' || departments.length > 0 ? { departments } : {}),
      ...(command === 'set-disaster-officer' ? { disasterOfficer: officer === 'on' } : {}),
    };
    await audit.record({ actor: 'cli', action: `staff.${command}`, target: result.username, detail: Object.keys(detail).length > 0 ? detail : null });
    await warnAboutUnknownDepartments(io, config.contentDir, departments);
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
  'set-departments': 'set the departments of',
  'set-disaster-officer': 'set whether this user is a disaster officer:',
  'reset-password': 'reset the password of',
  'disable-user': 'disabled',
  'enable-user': 'enabled',
};

async function apply(
  command: Command,
  users: ReturnType<typeof createStaffUserService>,
  { username, password, role, departments, officer }: { username: string; password: string; role: StaffRole | 'shelter'; departments: string[]; officer: boolean },
): Promise<ChangeUserResult> {
  switch (command) {
    case 'create-admin':
      return users.create({ username, password, role: 'admin' });
    case 'create-user': {
      const created = await users.create({ username, password, role: role === 'shelter' ? 'staff' : role, shelterOnly: role === 'shelter' });
      return created.ok && departments.length > 0 ? users.setDepartments(username, departments) : created;
    }
    case 'set-departments':
      return users.setDepartments(username, departments);
    case 'set-disaster-officer':
      return users.setDisasterOfficer(username, officer);
    case 'reset-password':
      return users.resetPassword(username, password);
    case 'disable-user':
      return users.setDisabled(username, true);
    case 'enable-user':
      return users.setDisabled(username, false);
  }
}

function splitList(text: string): string[] {
  return text.split(',').map((item) => item.trim()).filter((item) => item !== '');
}

/** A typo in a department id would leave someone seeing nothing; say so, naming the ids forms use. */
async function warnAboutUnknownDepartments(io: CliIo, contentDir: string, departments: readonly string[]): Promise<void> {
  if (departments.length === 0) return;
  let known: Set<string>;
  try {
    known = new Set((await loadFormRegistry(contentDir)).list().flatMap((form) => (form.department ? [form.department] : [])));
  } catch {
    return; // A broken form file is the server's to report at start.
  }
  const unknown = departments.filter((department) => !known.has(normalizeDepartment(department)));
  if (unknown.length > 0) {
    io.err(`warning: no form in ${contentDir}/forms names department ${unknown.join(', ')}; forms name: ${[...known].sort().join(', ') || '(none)'}`);
  }
}

const normalizeDepartment = (department: string) => department.normalize('NFKC').trim().toLowerCase();

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
