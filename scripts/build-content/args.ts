import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CliArgs {
  contentDir: string;
  outDir: string;
  version?: string;
}

const repo = fileURLToPath(new URL('../../', import.meta.url));

/** `--content <dir> --out <dir> --version <v>`; `--flag=value` works too. */
export function parseArgs(argv: readonly string[], cwd = process.cwd()): CliArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const match = /^--(content|out|version)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument "${arg}" (expected --content <dir>, --out <dir>, --version <v>)`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || value === '') throw new Error(`${arg} needs a value`);
    values.set(match[1] ?? '', value);
  }
  const version = values.get('version');
  if (version !== undefined && !/^[\w.+-]{1,64}$/.test(version)) throw new Error(`--version "${version}": use letters, digits, . + - _`);
  return {
    contentDir: resolve(cwd, values.get('content') ?? resolve(repo, 'content')),
    outDir: resolve(cwd, values.get('out') ?? resolve(repo, 'dist-packs')),
    version,
  };
}
