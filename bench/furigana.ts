/**
 * Furigana accuracy and speed (`npx tsx bench/furigana.ts`).
 * On each fixture in content/dictionary/ (fixture-readings.tsv: 127 sentences;
 * fixture-names.tsv: warning names, 避難情報, hazard words and Iwaki's 町字, rivers, roads
 * and stations), in the same run: our annotator vs kuroshiro with
 * kuroshiro-analyzer-kuromoji (katakana, mode "normal"), the usual off-the-shelf choice.
 * Then the build cost per 1,000 sentences of annotate(), dictionary load excluded.
 * Exits 1 if we are under 98 % or not better than kuroshiro on either fixture.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import type { KuroshiroModule } from 'kuroshiro';
import type { KuromojiAnalyzerClass } from 'kuroshiro-analyzer-kuromoji';
import { createAnnotator } from '../scripts/furigana/annotator.ts';
import { fixtureFiles, formatFailures, loadFixture, score, type Score } from '../scripts/furigana/fixture.ts';

const require = createRequire(import.meta.url);
const MIN_ACCURACY = 0.98;
const fixtures = fixtureFiles.map((f) => ({ ...f, lines: loadFixture(undefined, f.file) }));
const fixture = fixtures[0]?.lines ?? [];

const loadStart = performance.now();
const annotator = await createAnnotator();
const loadMs = performance.now() - loadStart;

const Kuroshiro = (require('kuroshiro') as KuroshiroModule).default;
const KuromojiAnalyzer = require('kuroshiro-analyzer-kuromoji') as KuromojiAnalyzerClass;
const kuroshiro = new Kuroshiro();
await kuroshiro.init(new KuromojiAnalyzer());
const results = [];
for (const f of fixtures) {
  const converted = new Map<string, string>();
  for (const { text } of f.lines) converted.set(text, await kuroshiro.convert(text, { to: 'katakana', mode: 'normal' }));
  results.push({ ...f, ours: score(f.lines, (text) => annotator.reading(text)), baseline: score(f.lines, (text) => converted.get(text) ?? '') });
}

// Build speed: annotate() every fixture sentence, round after round, until ≥ 1,000 calls.
// One untimed round first: a content build annotates thousands of strings, so the
// steady state (after V8 has compiled the hot paths) is what it pays.
for (const { text } of fixture) annotator.annotate(text);
let calls = 0;
const runStart = performance.now();
const cpuStart = process.cpuUsage();
while (calls < 1000) {
  for (const { text } of fixture) annotator.annotate(text);
  calls += fixture.length;
}
const perThousandMs = ((performance.now() - runStart) / calls) * 1000;
// CPU time as well: on a busy machine wall time mostly measures the other processes.
const cpu = process.cpuUsage(cpuStart);
const cpuPerThousandMs = ((cpu.user + cpu.system) / 1000 / calls) * 1000;

const line = (name: string, s: Score) =>
  `${name.padEnd(10)} ${(s.accuracy * 100).toFixed(1).padStart(5)} %  (${s.correct}/${s.total}, ${s.total - s.correct} errors)`;
let failed = false;
for (const { file, label, lines, ours, baseline } of results) {
  console.info(`fixture ${file} (${label}): ${lines.length} items`);
  console.info(line('ours', ours));
  console.info(line('kuroshiro', baseline));
  const oursErrors = ours.total - ours.correct;
  const baseErrors = baseline.total - baseline.correct;
  console.info(`error ratio ours/kuroshiro: ${baseErrors === 0 ? 'n/a (kuroshiro made no errors)' : (oursErrors / baseErrors).toFixed(3)}`);
  if (ours.failures.length > 0) console.info(`our failures:\n${formatFailures(ours.failures)}`);
  if (process.argv.includes('--verbose')) console.info(`kuroshiro failures:\n${formatFailures(baseline.failures)}`);
  if (ours.accuracy < MIN_ACCURACY || ours.accuracy <= baseline.accuracy) {
    failed = true;
    console.error(`FAIL on ${file}: ours must be ≥ ${MIN_ACCURACY * 100} % and better than kuroshiro`);
  }
}
console.info(`dictionary load (kuromoji IPADIC + Iwaki dictionary): ${loadMs.toFixed(0)} ms`);
console.info(
  `annotate(): ${perThousandMs.toFixed(0)} ms wall, ${cpuPerThousandMs.toFixed(0)} ms CPU per 1,000 sentences of ${fixtureFiles[0]?.file} (${calls} calls)`,
);
process.exitCode = failed ? 1 : 0;
