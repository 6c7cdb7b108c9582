/**
 * npm run test:reliability — the proof of the trust promises, in one table.
 *
 *   submissions  bench/faults: N real JWEs through a loopback fault proxy (connections cut
 *                before and after commit, 5xx, truncated answers), the server starting
 *                without the form and killed and restarted: lost and duplicated must be 0
 *   QR codes     the QR gate fuzzed (fast-check), 100,000 cases per property: 0 wrongly accepted
 *   CSV          the open-data CSV reader fuzzed (round trips in every encoding, random bytes,
 *                broken records) and every importer of the content build fed damaged files
 *   API          random requests over every route as stranger, kiosk and admin: 0 answers ≥ 500
 *   packs        tampered, replayed, expired and rolled-back packs, with a real key, unit and e2e
 *   kiosk trace  the profile canary scan after a wipe, after a browser killed mid-form and
 *                after failed enrolments (e2e)
 *
 * The fast parts of each also run in `npm test`. The e2e rows need `npm run build` first.
 *   npm run test:reliability [-- --n 10000]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const nIndex = process.argv.indexOf('--n');
const submissions = nIndex > 0 ? Number(process.argv[nIndex + 1]) : 10_000;
const scratch = mkdtempSync(join(tmpdir(), 'madoguchi-reliability-'));

interface Row { check: string; cases: string; result: string; ok: boolean }
const rows: Row[] = [];

function run(command: string, args: string[], env: Record<string, string> = {}): { status: number; out: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status ?? 1, out: `${result.stdout}${result.stderr}` };
}

interface VitestJson { numTotalTests: number; numPassedTests: number; numFailedTests: number }
function vitest(name: string, files: string[], env: Record<string, string> = {}): VitestJson & { status: number } {
  const report = join(scratch, `${name}.json`);
  const { status } = run('npx', ['vitest', 'run', ...files, '--reporter=json', `--outputFile.json=${report}`], env);
  try {
    return { status, ...(JSON.parse(readFileSync(report, 'utf8')) as VitestJson) };
  } catch {
    return { status, numTotalTests: 0, numPassedTests: 0, numFailedTests: 1 };
  }
}
const tests = (r: VitestJson) => `${r.numPassedTests}/${r.numTotalTests} tests`;

// 1. Submissions through the fault proxy.
{
  const { status, out } = run('npx', ['tsx', 'bench/faults.ts', '--n', String(submissions)]);
  // bench/faults prints a Markdown table: the header row, a rule, then the figures.
  const lines = out.split('\n');
  const header = lines.findIndex((l) => l.startsWith('| sent |'));
  const cells = (line: string | undefined) => (line ?? '').split('|').map((c) => c.trim()).filter(Boolean);
  const names = cells(lines[header]);
  const values = cells(lines[header + 2]);
  const field = (name: string) => values[names.indexOf(name)] ?? '?';
  rows.push({
    check: 'submissions through faults and restarts',
    cases: `${field('sent')} sent`,
    result: `${field('delivered')} delivered, ${field('lost')} lost, ${field('duplicated')} duplicated`,
    ok: status === 0,
  });
}

// 2. The QR gate.
{
  const r = vitest('qr', ['--project', 'unit', 'src/lib/forms/qr-fuzz.test.ts'], { QR_FUZZ_RUNS: '100000' });
  rows.push({ check: 'QR codes fuzzed (forged, tampered, random)', cases: '100,000 per property', result: r.status === 0 ? '0 wrongly accepted' : 'a code was wrongly accepted', ok: r.status === 0 });
}

// 3. The CSV reader and importers.
{
  const r = vitest('csv', ['--project', 'unit', 'src/lib/csv/csv-fuzz.test.ts', 'scripts/build-content/sources/csv-importers-fuzz.test.ts'], { CSV_FUZZ_RUNS: '20000', CSV_IMPORT_FUZZ_RUNS: '300' });
  rows.push({
    check: 'CSV reader and importers fuzzed (damaged open data)',
    cases: '20,000 per reader property, 300 builds per importer',
    result: r.status === 0 ? '0 crashes, every error at a line, no pack from a broken file' : 'failed',
    ok: r.status === 0,
  });
}

// 4. The API.
{
  const r = vitest('api', ['--project', 'server', 'server/test/api-fuzz.test.ts'], { FUZZ_RUNS: '2000' });
  rows.push({ check: 'API fuzzed (every route, three callers)', cases: '2,000 per property', result: r.status === 0 ? '0 answers ≥ 500, 0 forged headers accepted' : 'failed', ok: r.status === 0 });
}

// 5. Packs.
{
  const unit = vitest('packs-unit', ['--project', 'unit', 'src/lib/pack/pack-trust.test.ts', 'src/lib/pack/freshness.test.ts']);
  const e2e = vitest('packs-e2e', ['--project', 'e2e', 'e2e/content.test.ts']);
  const ok = unit.status === 0 && e2e.status === 0;
  rows.push({ check: 'packs tampered, replayed, expired, rolled back', cases: `${tests(unit)} + ${tests(e2e)} (e2e)`, result: ok ? 'every bad pack refused' : 'failed', ok });
}

// 6. Kiosk traces.
{
  const r = vitest('kiosk', ['--project', 'e2e', 'e2e/kiosk-no-trace.test.ts', 'e2e/kiosk-killed-mid-form.test.ts', 'e2e/kiosk-fails-closed.test.ts', 'e2e/kiosk-session-end.test.ts']);
  rows.push({ check: 'kiosk canary scan (wipe, killed mid-form, failed enrolment, session end)', cases: tests(r), result: r.status === 0 ? '0 hits' : 'failed', ok: r.status === 0 });
}

rmSync(scratch, { recursive: true, force: true });
const table = rows.map((r) => [r.check, r.cases, `${r.ok ? 'PASS' : 'FAIL'} ${r.result}`]);
const widths = [0, 1, 2].map((i) => Math.max(...table.map((cells) => cells[i]!.length), 8));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(['check', 'cases', 'result']));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const cells of table) console.log(line(cells));
process.exit(rows.every((r) => r.ok) ? 0 : 1);
