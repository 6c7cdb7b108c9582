import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where a command writes; tests pass arrays to read what was said. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  out: (line: string) => void;
  err: (line: string) => void;
  /** The password when not given in the environment; default: stdin (hidden on a terminal). */
  readSecret: (prompt: string) => Promise<string>;
}

export function defaultIo(overrides: Partial<CliIo> = {}): CliIo {
  return {
    env: process.env,
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    readSecret: readSecretFromStdin,
    ...overrides,
  };
}

/** True when this module is the script node or tsx was asked to run, not an import. */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/** Runs a command's function as a process: its number is the exit code, a throw is 1. */
export function runAsMain(run: () => Promise<number>): void {
  run().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}

/**
 * Piped (`printf '%s\n' "$PW" | …`): the first line. On a terminal: typed with no echo,
 * so the password is neither on screen nor in the shell history.
 */
export async function readSecretFromStdin(prompt: string): Promise<string> {
  const { stdin } = process;
  if (!stdin.isTTY) {
    let text = '';
    for await (const chunk of stdin) text += String(chunk);
    return text.split(/\r?\n/, 1)[0] ?? '';
  }
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  try {
    return await new Promise<string>((resolve, reject) => {
      let value = '';
      stdin.on('data', (chunk: string) => {
        for (const char of chunk) {
          if (char === '\r' || char === '\n') return resolve(value);
          if (char === '\u0003') return reject(new Error('cancelled'));
          value = char === '\u007f' || char === '\b' ? [...value].slice(0, -1).join('') : value + char;
        }
      });
    });
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
    stdin.removeAllListeners('data');
    process.stderr.write('\n');
  }
}
