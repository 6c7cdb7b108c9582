import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Vitest shuffles only for the whole run (every project), and the e2e files tell a story in
// order; so each server file shuffles its own tests with describe.shuffle. This keeps a new
// file from leaving it out: a test that leans on another then fails in some order.
describe.shuffle('the server tests', () => {
  it('run in a random order in every file (describe.shuffle; --sequence.seed=N repeats one)', () => {
    const dir = new URL('.', import.meta.url).pathname;
    const unshuffled = readdirSync(dir)
      .filter((name) => name.endsWith('.test.ts'))
      .flatMap((name) => readFileSync(`${dir}/${name}`, 'utf8').split('\n').filter((line) => /^describe\b/.test(line) && !line.startsWith('describe.shuffle')).map((line) => `${name}: ${line}`));
    expect(unshuffled).toEqual([]);
  });
});
