import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { isUniqueViolation } from '../db/errors.js';
import type { Database, StaffRole } from '../db/schema.js';
import { dummyPasswordHash, hashPassword, needsRehash, passwordProblem, verifyPassword } from './passwords.js';

/** Lower-case ASCII, digits and `._-`: easy to type on any keyboard, safe in logs. */
export const USERNAME_PATTERN = '^[a-z0-9][a-z0-9._-]{1,63}$';
const usernameRegExp = new RegExp(USERNAME_PATTERN);

/** A department id as forms name it: `gomi-genryo`, `shimin`. */
export const DEPARTMENT_PATTERN = '^[a-z0-9][a-z0-9-]{0,63}$';
const departmentRegExp = new RegExp(DEPARTMENT_PATTERN);

/** `Ｓａｔｏ ` typed with the IME on is `sato`: NFKC, trimmed, lower-cased. */
export function normalizeUsername(raw: string): string {
  return raw.normalize('NFKC').trim().toLowerCase();
}

export interface StaffIdentity {
  id: string;
  username: string;
  role: StaffRole;
  /** Shelter staff: may set shelter status and nothing else (migration 010). */
  shelterOnly: boolean;
}

/** The role the console is told: shelter staff are their own kind of account to it. */
export function apiRole(identity: Pick<StaffIdentity, 'role' | 'shelterOnly'>): StaffRole | 'shelter' {
  return identity.shelterOnly ? 'shelter' : identity.role;
}

export type AuthenticateResult =
  | { ok: true; user: StaffIdentity }
  | { ok: false; reason: 'unknown_user' | 'bad_password' | 'disabled'; username: string };

export type ChangeUserResult =
  | { ok: true; username: string }
  | { ok: false; reason: 'invalid_username' | 'weak_password' | 'exists' | 'not_found' | 'invalid_department'; message: string };

export interface StaffUserService {
  create(input: { username: string; password: string; role: StaffRole; shelterOnly?: boolean }): Promise<ChangeUserResult>;
  authenticate(username: string, password: string): Promise<AuthenticateResult>;
  /** Disabling also ends every session of the user at once. */
  setDisabled(username: string, disabled: boolean): Promise<ChangeUserResult>;
  /** Ends every session: whoever knew the old password is logged out. */
  resetPassword(username: string, password: string): Promise<ChangeUserResult>;
  /** Replaces the user's departments; an empty list leaves a non-admin seeing no submissions. */
  setDepartments(username: string, departments: readonly string[]): Promise<ChangeUserResult>;
  /** Lets the user post an emergency notice to the whole city, or takes that away. */
  setDisasterOfficer(username: string, on: boolean): Promise<ChangeUserResult>;
  /** The user's departments, sorted. */
  departmentsOf(userId: string): Promise<string[]>;
}

export function createStaffUserService({ db, now = () => new Date() }: { db: Kysely<Database>; now?: () => Date }): StaffUserService {
  const notFound = (username: string): ChangeUserResult => ({ ok: false, reason: 'not_found', message: `No staff user "${username}"` });

  async function create({ username: raw, password, role, shelterOnly = false }: { username: string; password: string; role: StaffRole; shelterOnly?: boolean }): Promise<ChangeUserResult> {
    const username = normalizeUsername(raw);
    if (!usernameRegExp.test(username)) {
      return { ok: false, reason: 'invalid_username', message: 'A username is 2–64 characters: a–z, 0–9, and . _ - (not first)' };
    }
    const problem = passwordProblem(password);
    if (problem) return { ok: false, reason: 'weak_password', message: problem };
    const values = { id: uuidv7(), username, password_hash: await hashPassword(password), role, created_at: now().toISOString(), shelter_only: shelterOnly ? 1 : 0 };
    try {
      await db.insertInto('staff_users').values(values).execute();
    } catch (error) {
      if (isUniqueViolation(error)) return { ok: false, reason: 'exists', message: `A staff user "${username}" already exists` };
      throw error;
    }
    return { ok: true, username };
  }

  async function authenticate(raw: string, password: string): Promise<AuthenticateResult> {
    const username = normalizeUsername(raw);
    const user = await db
      .selectFrom('staff_users')
      .select(['id', 'username', 'role', 'password_hash', 'disabled', 'shelter_only'])
      .where('username', '=', username)
      .executeTakeFirst();
    // Always one argon2 verification, whether or not the user exists or is disabled.
    const matches = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), password);
    if (!user) return { ok: false, reason: 'unknown_user', username };
    if (!matches) return { ok: false, reason: 'bad_password', username };
    if (user.disabled) return { ok: false, reason: 'disabled', username };
    if (needsRehash(user.password_hash)) {
      // Parameters were raised since this hash was made; the plaintext is at hand only now.
      await db.updateTable('staff_users').set({ password_hash: await hashPassword(password) }).where('id', '=', user.id).execute();
    }
    return { ok: true, user: { id: user.id, username: user.username, role: user.role, shelterOnly: Number(user.shelter_only) === 1 } };
  }

  async function setDisabled(raw: string, disabled: boolean): Promise<ChangeUserResult> {
    const username = normalizeUsername(raw);
    const found = await db.transaction().execute(async (trx) => {
      const user = await trx.selectFrom('staff_users').select('id').where('username', '=', username).executeTakeFirst();
      if (!user) return false;
      await trx.updateTable('staff_users').set({ disabled: disabled ? 1 : 0 }).where('id', '=', user.id).execute();
      if (disabled) await trx.deleteFrom('staff_sessions').where('user_id', '=', user.id).execute();
      return true;
    });
    return found ? { ok: true, username } : notFound(username);
  }

  async function resetPassword(raw: string, password: string): Promise<ChangeUserResult> {
    const username = normalizeUsername(raw);
    const problem = passwordProblem(password);
    if (problem) return { ok: false, reason: 'weak_password', message: problem };
    const passwordHash = await hashPassword(password);
    const found = await db.transaction().execute(async (trx) => {
      const user = await trx.selectFrom('staff_users').select('id').where('username', '=', username).executeTakeFirst();
      if (!user) return false;
      await trx.updateTable('staff_users').set({ password_hash: passwordHash }).where('id', '=', user.id).execute();
      await trx.deleteFrom('staff_sessions').where('user_id', '=', user.id).execute();
      return true;
    });
    return found ? { ok: true, username } : notFound(username);
  }

  async function setDepartments(raw: string, departments: readonly string[]): Promise<ChangeUserResult> {
    const username = normalizeUsername(raw);
    const wanted = [...new Set(departments.map((d) => d.normalize('NFKC').trim().toLowerCase()))];
    const bad = wanted.filter((d) => !departmentRegExp.test(d));
    if (bad.length > 0) {
      return { ok: false, reason: 'invalid_department', message: `A department id is lower-case a–z, 0–9 and -, as forms name it; not "${bad.join('", "')}"` };
    }
    const found = await db.transaction().execute(async (trx) => {
      const user = await trx.selectFrom('staff_users').select('id').where('username', '=', username).executeTakeFirst();
      if (!user) return false;
      await trx.deleteFrom('staff_user_departments').where('user_id', '=', user.id).execute();
      if (wanted.length > 0) {
        await trx.insertInto('staff_user_departments').values(wanted.map((department) => ({ user_id: user.id, department }))).execute();
      }
      return true;
    });
    return found ? { ok: true, username } : notFound(username);
  }

  async function setDisasterOfficer(raw: string, on: boolean): Promise<ChangeUserResult> {
    const username = normalizeUsername(raw);
    const result = await db.updateTable('staff_users').set({ disaster_officer: on ? 1 : 0 }).where('username', '=', username).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0 ? { ok: true, username } : notFound(username);
  }

  async function departmentsOf(userId: string): Promise<string[]> {
    const rows = await db.selectFrom('staff_user_departments').select('department').where('user_id', '=', userId).orderBy('department').execute();
    return rows.map((row) => row.department);
  }

  return { create, authenticate, setDisabled, resetPassword, setDepartments, setDisasterOfficer, departmentsOf };
}
