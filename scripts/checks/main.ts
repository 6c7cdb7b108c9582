import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { checkJobs, type CheckJob } from './jobs';

/**
 * `npm test`'s checks before vitest — the type checks, lint and the build — side by side
 * instead of one after another: each tsc and eslint is a single thread, so on two cores
 * running them two at a time saves about half their time. A job's output is printed whole
 * when it ends (never interleaved), with its time; every job runs to the end, so one CI run
 * reports every failing check, and the exit code is non-zero if any failed.
 */
async function run(job: CheckJob): Promise<{ job: CheckJob; ok: boolean; seconds: number }> {
  const started = performance.now();
  const output: Buffer[] = [];
  const child = spawn(job.command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const seconds = (performance.now() - started) / 1000;
  const text = Buffer.concat(output).toString('utf8').trimEnd();
  console.info(`\n── ${job.name} ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${seconds.toFixed(1)} s ── ${job.command}${text ? `\n${text}` : ''}`);
  return { job, ok: code === 0, seconds };
}

async function main(): Promise<void> {
  const started = performance.now();
  const queue = [...checkJobs];
  const slots = Math.max(2, availableParallelism());
  const results: Awaited<ReturnType<typeof run>>[] = [];
  await Promise.all(Array.from({ length: slots }, async () => {
    for (let job = queue.shift(); job; job = queue.shift()) results.push(await run(job));
  }));
  const failed = results.filter((r) => !r.ok).map((r) => r.job.name);
  console.info(`\nchecks: ${results.length - failed.length} of ${results.length} ok in ${((performance.now() - started) / 1000).toFixed(1)} s${failed.length ? `; failed: ${failed.join(', ')}` : ''}`);
  process.exitCode = failed.length ? 1 : 0;
}

await main();
