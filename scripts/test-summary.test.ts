import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'madoguchi-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// vitest runs from the repository root; under happy-dom import.meta.url is not a file URL.
/** The one line .ci/run prints, for a vitest JSON report and npm test's exit code. */
function summary(report: unknown, exitCode: number): string {
  const path = join(dir, `${Math.random()}.json`);
  writeFileSync(path, JSON.stringify(report));
  return execFileSync(process.execPath, [resolve('scripts/test-summary.mjs'), path, String(exitCode)], { encoding: 'utf8' }).trim();
}

describe('the CI summary line', () => {
  it('counts a file whose beforeAll failed as a failure, though vitest reports its tests as skipped', () => {
    expect(summary({
      numPassedTests: 2, numFailedTests: 1, numPendingTests: 3,
      testResults: [
        { status: 'failed', assertionResults: [{ status: 'passed' }, { status: 'passed' }, { status: 'failed' }] },
        { status: 'failed', assertionResults: [{ status: 'skipped' }, { status: 'skipped' }, { status: 'skipped' }] },
      ],
    }, 1)).toBe('2 passed, 2 failed, 3 skipped');
  });

  it('counts a run that stopped before the tests as a failure', () => {
    expect(summary({}, 1)).toBe('0 passed, 1 failed');
  });

  it('a green run says so', () => {
    expect(summary({ numPassedTests: 4, numFailedTests: 0, testResults: [{ status: 'passed', assertionResults: [] }] }, 0)).toBe('4 passed, 0 failed');
  });
});
