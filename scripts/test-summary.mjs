// Prints the one line CI reads: "N passed, N failed" over every suite of the
// vitest JSON report. A run that stopped before the tests (npm ci, typecheck,
// lint, build) counts as one failure so it can never look green.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath = '.tmp/test-results.json', exitCode = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A file that failed to load, or whose beforeAll failed (its tests then count as skipped),
  // has no failed test but is a failure all the same.
  failed += (report.testResults ?? []).filter((r) => r.status === 'failed' && !(r.assertionResults ?? []).some((a) => a.status === 'failed')).length;
}
if (exitCode !== '0' && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
