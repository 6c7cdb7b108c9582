import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CliArgs {
  contentDir: string;
  outDir: string;
  version?: string;
  /** Days the city vouches for the pack (its signed expiry). */
  validityDays: number;
  /** Republish this earlier version's content with a signed rollback marker instead of building. */
  rollbackTo?: string;
  /** Fail when a disaster guide is missing in any language (issue 18). */
  requireDisasterCoverage?: boolean;
}

const repo = fileURLToPath(new URL('../../', import.meta.url));
const versionPattern = /^[\w.+-]{1,64}$/;
const defaultValidityDays = 30;

/**
 * `--content <dir> --out <dir> --version <v> --valid-days <n> --rollback-to <v>`; `--flag=value`
 * works too. The validity also comes from MADOGUCHI_PACK_VALIDITY_DAYS (the flag wins).
 */
export function parseArgs(argv: readonly string[], cwd = process.cwd(), env: Record<string, string | undefined> = process.env): CliArgs {
  const values = new Map<string, string>();
  let requireDisasterCoverage = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--require-disaster-coverage') { requireDisasterCoverage = true; continue; }
    const match = /^--(content|out|version|valid-days|rollback-to)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument "${arg}" (expected --content <dir>, --out <dir>, --version <v>, --valid-days <n>, --rollback-to <v>)`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || value === '') throw new Error(`${arg} needs a value`);
    values.set(match[1] ?? '', value);
  }
  const version = values.get('version');
  if (version !== undefined && !versionPattern.test(version)) throw new Error(`--version "${version}": use letters, digits, . + - _`);
  const rollbackTo = values.get('rollback-to');
  if (rollbackTo !== undefined && !versionPattern.test(rollbackTo)) throw new Error(`--rollback-to "${rollbackTo}" is not a pack version`);
  const days = values.get('valid-days') ?? env.MADOGUCHI_PACK_VALIDITY_DAYS ?? String(defaultValidityDays);
  const validityDays = Number(days);
  if (!/^\d+(\.\d+)?$/.test(days) || !(validityDays > 0)) throw new Error(`pack validity "${days}" (--valid-days or MADOGUCHI_PACK_VALIDITY_DAYS): give a number of days above 0`);
  return {
    contentDir: resolve(cwd, values.get('content') ?? resolve(repo, 'content')),
    outDir: resolve(cwd, values.get('out') ?? resolve(repo, 'dist-packs')),
    version,
    validityDays,
    ...(rollbackTo === undefined ? {} : { rollbackTo }),
    ...(requireDisasterCoverage ? { requireDisasterCoverage } : {}),
  };
}
