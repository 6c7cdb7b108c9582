import { randomBytes } from 'node:crypto';
import { hash, parseOptions, verify } from '@node-rs/argon2';
import type { Options } from '@node-rs/argon2';

// argon2id with the OWASP Password Storage Cheat Sheet's first configuration
// (19 MiB, 2 passes, 1 lane): about 40 ms here, slow enough to hurt an offline guesser,
// cheap enough that a login burst at 9:00 in a 支所 does not queue.
// 2 is Algorithm.Argon2id: the package exports it as a const enum, which isolatedModules cannot inline.
export const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } satisfies Options;

export const PASSWORD_MIN_LENGTH = 12;
/** Long passphrases are welcome; megabytes are a way to burn CPU, not a password. */
export const PASSWORD_MAX_LENGTH = 1024;

/**
 * NFKC, as NIST SP 800-63B recommends: a password typed with the IME in full-width
 * mode (ｐａｓｓ１２３) is the same password as its half-width form.
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

/** Null when acceptable, else why not, in words an operator can act on. */
export function passwordProblem(password: string): string | null {
  const length = [...normalizePassword(password)].length;
  if (length < PASSWORD_MIN_LENGTH) return `The password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `The password must be at most ${PASSWORD_MAX_LENGTH} characters`;
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(normalizePassword(password), ARGON2_OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, normalizePassword(password));
}

/** True when a stored hash was made with weaker (or just other) parameters than today's. */
export function needsRehash(passwordHash: string): boolean {
  try {
    const used = parseOptions(passwordHash);
    return (
      used.algorithm !== ARGON2_OPTIONS.algorithm ||
      used.memoryCost !== ARGON2_OPTIONS.memoryCost ||
      used.timeCost !== ARGON2_OPTIONS.timeCost ||
      used.parallelism !== ARGON2_OPTIONS.parallelism
    );
  } catch {
    return true;
  }
}

let dummy: Promise<string> | undefined;

/**
 * A hash of a random password, verified against when the username does not exist, so a
 * failed login takes as long for an unknown user as for a wrong password and response
 * times do not reveal which usernames exist.
 */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hash(randomBytes(32).toString('base64url'), ARGON2_OPTIONS);
  return dummy;
}
