// npm run bench: prints the figures the issues ask for. Each figure is compared with a baseline
// measured in the same run, since machines are noisy. Medians of several interleaved runs.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { parseAuditCsv } from '../src/lib/data/parse';
import { buildCube, buildCubeFromTable } from '../src/lib/data/cube';
import { allLocationQuotients, benchmarkIndex } from '../src/lib/metrics';
import { generateCanonicalCsv } from './generate';
import { browserBench } from './browser';
import { importBench } from './import';
import { profileBench } from './profile';
import { nextComputeBench, nextOpenBench } from './next';
import { packBench } from './pack';
import { layoutShiftBench } from './layout-shift';
import { districtBench } from './district';
import { gvaBench } from './gva';
import { gvaYearBench } from './gva-year';
import { researchBench } from './research';

// BENCH_ONLY=parse,map,district,gva,gva-year,research,import runs only those sections (names as in want() below); all by default.
const only = process.env.BENCH_ONLY?.split(',').map((x) => x.trim());
const want = (section: string) => !only || only.includes(section);
// The browser sections after the first reuse its production build.
let built = false;
const skipBuild = () => {
  const was = built;
  built = true;
  return was;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(1)} ms`;

// Each timing starts from a collected heap (node --expose-gc), so one run's garbage is not billed
// to the next: garbage collection is over half of parsing time, and otherwise swamps the comparison.
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function time<T>(f: () => T): [number, T] {
  gc();
  const t0 = performance.now();
  const r = f();
  return [performance.now() - t0, r];
}

/** time(), and the process's CPU time meanwhile (ms; all threads, garbage collection's helpers too). */
let lastCpuMs = 0;
function timeCpu<T>(f: () => T): [number, T] {
  gc();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = f();
  const t = performance.now() - t0;
  const c = process.cpuUsage(c0);
  lastCpuMs = (c.user + c.system) / 1000;
  return [t, r];
}

const results: Record<string, number> = {};
const lines: string[] = [];
const report = (label: string, value: string) => {
  lines.push(`${label.padEnd(58)} ${value}`);
  console.log(`${label.padEnd(58)} ${value}`);
};

// 1. Parsing 1,000,000 canonical rows: papaparse alone versus our parse + validate + cube.
if (want('parse')) {
  const text = generateCanonicalCsv(400, 50, 50);
  const mb = Buffer.byteLength(text) / 1e6;
  console.log(`\nCanonical CSV, 1,000,000 rows (${mb.toFixed(1)} MB), median of 7 interleaved runs`);
  const raw: number[] = [];
  const ours: number[] = [];
  const parseOnly: number[] = [];
  const cubeOnly: number[] = [];
  // CPU time too: on a shared machine, waiting for a core inflates wall-clock time, not CPU time.
  const rawCpu: number[] = [];
  const oursCpu: number[] = [];
  // Warm-up so the JIT has seen both paths before timing.
  Papa.parse(text.slice(0, 2_000_000));
  gc();
  parseAuditCsv(text.slice(0, 2_000_000).replace(/\n[^\n]*$/, '\n'));
  for (let i = 0; i < 7; i++) {
    // Keep only the row count, so papaparse's million rows are garbage before our turn.
    const [tRaw, rawRows] = timeCpu(() => Papa.parse<string[]>(text).data.length);
    if (rawRows < 1_000_000) throw new Error('papaparse read too few rows');
    raw.push(tRaw);
    rawCpu.push(lastCpuMs);
    const [tParse, parsed] = timeCpu(() => parseAuditCsv(text));
    const parseCpu = lastCpuMs;
    const [tCube, cube] = timeCpu(() => buildCubeFromTable(parsed.table!));
    oursCpu.push(parseCpu + lastCpuMs);
    if (parsed.stats.accepted !== 1_000_000 || cube.values.length !== 1_000_000) {
      throw new Error(`pipeline read ${parsed.stats.accepted} rows`);
    }
    parseOnly.push(tParse);
    cubeOnly.push(tCube);
    ours.push(tParse + tCube);
  }
  results.papaparseRawMs = median(raw);
  results.parseValidateMs = median(parseOnly);
  results.cubeMs = median(cubeOnly);
  results.pipelineMs = median(ours);
  results.pipelineRatio = median(ours.map((o, i) => o / raw[i]));
  report('papaparse raw parse (baseline)', ms(results.papaparseRawMs));
  report('our parse + validate', ms(results.parseValidateMs));
  report('our cube build', ms(results.cubeMs));
  report('our parse + validate + cube', ms(results.pipelineMs));
  report('ratio to raw papaparse (goal ≤ 1.3×)', `${results.pipelineRatio.toFixed(2)}×`);
  results.pipelineCpuRatio = median(oursCpu.map((o, i) => o / rawCpu[i]));
  report(
    '  the same in CPU time (process.cpuUsage)',
    `${results.pipelineCpuRatio.toFixed(2)}× (${ms(median(oursCpu))} vs ${ms(median(rawCpu))})`,
  );
}

// 2. LQ for every cell of the real UBC data.
if (want('lq')) {
  const text = readFileSync('public/data/ubc-enterprises.csv', 'utf8');
  const cube = buildCube(parseAuditCsv(text).rows);
  const b = benchmarkIndex(cube, 'E92000001');
  const runs: number[] = [];
  let lq = allLocationQuotients(cube, b);
  for (let i = 0; i < 25; i++) {
    const [t, r] = time(() => allLocationQuotients(cube, b));
    runs.push(t);
    lq = r;
  }
  console.log(
    `\nReal UBC enterprises: ${cube.areas.length} areas × ${cube.sectors.length} sectors × ${cube.years.length} years = ${lq.length} cells, median of 25`,
  );
  results.lqAllCellsMs = median(runs);
  report('LQ for every cell', ms(results.lqAllCellsMs));
}

// 3. The map in the browser (issue 3).
if (want('map')) {
  console.log('\nMap in headless Chromium, production build served on localhost');
  Object.assign(results, await browserBench(report));
  built = true;
}

// 3a. The district layer (issue 15): repaint vs a bare recolour, DOM size, total blocking time.
if (want('district')) {
  console.log('\nDistrict layer in headless Chromium, production build served on localhost');
  Object.assign(results, await districtBench(report, skipBuild()));
}

// 3b. The first GVA map (issue 15): 26 years of nested industries, beside the default map.
if (want('gva')) {
  console.log('\nFirst GVA map in headless Chromium, production build, fresh context each load');
  Object.assign(results, await gvaBench(report, skipBuild()));
}

// 3c. The GVA map's year step (issue 11): repaint on 296 districts vs a bare recolour of the same paths.
if (want('gva-year')) {
  console.log('\nGVA year step on 296 districts in headless Chromium, production build served on localhost');
  Object.assign(results, await gvaYearBench(report, skipBuild()));
}

// 4. The area profile in the browser (issue 4).
if (want('profile')) {
  console.log('\nArea profile in headless Chromium, production build served on localhost, median of 20 clicks');
  Object.assign(results, await profileBench(report, skipBuild()));
}

// 4d. The research map and a profile's science base (issue 10), as ratios against their business views.
if (want('research')) {
  console.log('\nResearch views in headless Chromium, production build served on localhost');
  Object.assign(results, await researchBench(report, skipBuild()));
}

// 4a. Layout shift while the default view, the district layer and a profile fill in (issue 13).
if (want('shift')) {
  console.log('\nLayout shift in headless Chromium, production build, 1280 × 800, fresh context each load');
  Object.assign(results, await layoutShiftBench(report, skipBuild()));
}

// 4b. What could come next (issue 12): compute in Node, then the diagram in the browser.
if (want('next')) {
  console.log('\nWhat could come next: relatedness and complexity in Node (median of 25; every area: 9)');
  Object.assign(results, nextComputeBench(report));
  console.log('What could come next: the diagram in headless Chromium, median of 20 clicks');
  Object.assign(results, await nextOpenBench(report, skipBuild()));
}

// 4c. The evidence pack (issue 18): from a click to the pack on screen and to the .docx.
if (want('pack')) {
  console.log('\nEvidence pack in headless Chromium, production build (Black Country)');
  Object.assign(results, await packBench(report, skipBuild()));
}

// 5. Importing a user's 1,000,000-row CSV in the browser (issue 6).
if (want('import')) {
  console.log('\nImport of your own CSV (1,000,000 rows) in headless Chromium, production build');
  Object.assign(results, await importBench(report, { skipBuild: skipBuild() }));
}

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify({ date: new Date().toISOString(), ...results }, null, 2));
