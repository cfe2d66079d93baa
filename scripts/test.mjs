// `npm test`: every check, in the least wall-clock time on a 2-core machine.
// The browser tests run two files at a time (BROWSER_WORKERS=2, each worker with its own Chromium, the
// longest files first: see test/browser/sequencer.ts), and the type-check, ESLint, Prettier and the unit
// tests run beside them on one stream: one browser worker alone left most of the second core idle once
// the side checks were done, and they take a fraction of the browser tests' time.
// The browser tests stream as they run; the rest is printed as one block when it has finished, so the
// two never interleave. Both Vitest runs write JSON, merged into test-results/vitest.json for CI.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const VITEST = ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json'];
const npm = (script) => ({ label: `npm run ${script}`, cmd: 'npm', args: ['run', '--silent', script] });
const vitest = (project, env = {}) => ({
  label: `vitest --project ${project}`,
  cmd: process.execPath,
  args: [...VITEST, '--project', project, `--outputFile.json=test-results/vitest-${project}.json`],
  env,
});

/** Runs one command; resolves with its exit code and, unless it streams, everything it printed. */
function run({ cmd, args, env = {} }, stream) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      stdio: stream ? 'inherit' : 'pipe',
      env: { ...process.env, FORCE_COLOR: '1', ...env },
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** The side checks one after another, so together they take one core; each runs even if one before it failed. */
async function sideChecks() {
  const results = [];
  for (const step of [npm('check'), npm('lint'), npm('format:check'), vitest('unit')]) {
    const started = Date.now();
    const { code, output } = await run(step, false);
    results.push({ ...step, code, output, seconds: (Date.now() - started) / 1000 });
  }
  return results;
}

function mergeReports(projects) {
  const reports = projects
    .map((p) => `test-results/vitest-${p}.json`)
    .filter((f) => existsSync(f))
    .map((f) => JSON.parse(readFileSync(f, 'utf8')));
  if (!reports.length) return;
  const merged = { ...reports[0], testResults: reports.flatMap((r) => r.testResults) };
  for (const key of Object.keys(reports[0])) {
    if (typeof reports[0][key] === 'number' && key.startsWith('num'))
      merged[key] = reports.reduce((s, r) => s + r[key], 0);
  }
  merged.startTime = Math.min(...reports.map((r) => r.startTime));
  merged.success = reports.every((r) => r.success);
  writeFileSync('test-results/vitest.json', JSON.stringify(merged));
}

const ensure = await run(npm('data:ensure'), true);
if (ensure.code !== 0) process.exit(ensure.code);
mkdirSync('test-results', { recursive: true });

const [browser, side] = await Promise.all([run(vitest('browser', { BROWSER_WORKERS: '2' }), true), sideChecks()]);
for (const s of side) {
  console.log(
    `\n── ${s.label}: ${s.code === 0 ? 'passed' : `FAILED (exit ${s.code})`} in ${s.seconds.toFixed(0)} s ──`,
  );
  // A passing check's output is noise, except the unit tests' summary.
  if (s.code !== 0 || s.label.includes('unit')) process.stdout.write(s.output);
}
mergeReports(['unit', 'browser']);
const failed = [
  ...side.filter((s) => s.code !== 0).map((s) => s.label),
  ...(browser.code ? ['vitest --project browser'] : []),
];
console.log(failed.length ? `\nFailed: ${failed.join(', ')}` : '\nEvery check passed.');
process.exit(failed.length ? 1 : 0);
