// Main-thread CPU time from navigation to the first painted map, the atlas beside the bare d3-geo
// baseline (and any other builds of the atlas), interleaved, from Chromium traces. Thread time, which a
// loaded machine inflates far less than wall time (at a load of 15 on 2 cores, two builds whose first
// views differ by nothing measurable came out at 1.14× and 1.64× of the baseline in wall time, in one
// run). Per page: wall time to the painted mark; 'cpu', the thread time
// of the renderer's main-thread tasks begun before it; 'cpu before the module graph' (navigation, HTML,
// the inline script, data responses handled before the app's modules start); the background parse
// of the scripts (off the main thread); and the main thread's CPU from the app's module graph starting
// to evaluate to each of its marks, cumulative (thread timestamps of the marks), so stages are the
// differences whatever order the data arrives in.
// A tool, not a figure: `npx tsx bench/trace-first.ts` (serves dist/ as it is: `npm run build` first;
// it builds the baseline page if dist/bench-baseline is missing). ROUNDS (default 5); URL (the atlas's
// query, default none: the LEP map); VARIANTS='{"head":"head/"}' adds other builds of the atlas, each
// built into dist/<folder> (e.g. `npx vite build --outDir dist/head` from another commit, after `npm run build`).
// REPARSE=1 adds the main thread's CPU in V8.CollectSourcePositions: under Playwright (its DevTools
// session enables the Runtime domain, so every Error made captures a detailed stack trace) Svelte's
// module-level `new StaleReactionError()` makes V8 reparse the atlas's whole entry chunk for the line
// numbers of its top-level frame, before the app's script starts: a cost of the harness, not of a
// visitor's browser, which the atlas pays and the baseline (no Error made) does not. Not with PROFILE=1,
// which has V8 keep source positions from the start.
// PROFILE=1 adds V8's sampling profiler and lists, per atlas build, the main thread's samples from the
// module graph to the painted mark by source module (build with `--minify false` for module names). The
// samples are spaced in wall time, so a loaded machine inflates them: read the proportions, not the sums.
import { existsSync, readFileSync } from 'node:fs';
import { buildBaseline, serveAndLaunch } from './serve';

interface E {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tts?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

if (!existsSync('dist/bench-baseline/index.html')) await buildBaseline();

const rounds = Number(process.env.ROUNDS ?? 5);
const profiling = !!process.env.PROFILE;
const reparse = !!process.env.REPARSE;

// Each line of an unminified chunk → the source module it came from (the bundler's '// path' comments).
const modules = new Map<string, string[]>();
function moduleAt(url: string, line: number): string {
  const file = url.replace(/^https?:\/\/[^/]+\//, 'dist/').replace(/\?.*$/, '');
  if (!modules.has(file)) {
    let cur = file.replace(/.*\//, '');
    modules.set(
      file,
      existsSync(file) && file.endsWith('.js')
        ? readFileSync(file, 'utf8')
            .split('\n')
            .map((l) => (cur = /^\/\/ ((?:node_modules|src)\/\S+)$/.exec(l)?.[1] ?? cur))
        : [],
    );
  }
  return modules.get(file)![line] ?? file.replace(/.*\//, '');
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url?: string; lineNumber?: number };
}
const bySource = new Map<string, Map<string, number>>();
const session = await serveAndLaunch();
const variants: Record<string, string> = JSON.parse(process.env.VARIANTS ?? '{}');
const rows: Record<string, Record<string, number>[]> = { baseline: [], atlas: [] };
for (const v of Object.keys(variants)) rows[v] = [];
try {
  const pages = [
    ['baseline', `${session.base}bench-baseline/`, 'baseline:map-painted'],
    ['atlas', `${session.base}${process.env.URL ?? ''}`, 'atlas:map-painted'],
    ...Object.entries(variants).map(([v, dir]) => [
      v,
      `${session.base}${dir}${process.env.URL ?? ''}`,
      'atlas:map-painted',
    ]),
  ] as [string, string, string][];
  for (let round = -1; round < rounds; round++)
    for (const [name, url, mark] of pages) {
      const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await session.browser.startTracing(page, {
        categories: [
          'toplevel',
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'blink.user_timing',
          'v8',
          'loading',
          ...(profiling ? ['disabled-by-default-v8.cpu_profiler'] : []),
          ...(reparse ? ['disabled-by-default-v8.compile'] : []),
        ],
      });
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForTimeout(500);
      for (let i = 0; i < 300 && !(await page.evaluate((m) => performance.getEntriesByName(m).length > 0, mark)); i++)
        await page.waitForTimeout(100);
      const ev = (JSON.parse((await session.browser.stopTracing()).toString()) as { traceEvents: E[] }).traceEvents;
      await context.close();
      if (round < 0) continue; // warm the server and disk cache
      const painted = ev.find((e) => e.name === mark)!;
      const pid = painted.pid;
      const nav = ev.find((e) => e.pid === pid && e.name === 'navigationStart')!;
      const marks = ev.filter((e) => e.pid === pid && e.cat.includes('user_timing') && e.name.includes(':'));
      const at = (n: string) => marks.find((m) => m.name === n)?.ts;
      const main = ev.filter((e) => e.pid === pid && e.tid === painted.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
      // The outermost tasks (a RunTask may sit inside another task event of the scheduler).
      const tasks: E[] = [];
      for (const e of main.filter((x) => x.name === 'RunTask' || x.name === 'ThreadControllerImpl::RunTask')) {
        const last = tasks[tasks.length - 1];
        if (!last || e.ts >= last.ts + (last.dur ?? 0)) tasks.push(e);
      }
      const end = painted.ts;
      const inWin = (e: E) => e.ts >= nav.ts && e.ts < end;
      const r: Record<string, number> = { wall: (end - nav.ts) / 1000, cpu: 0 };
      for (const t of tasks.filter(inWin)) r.cpu += (t.tdur ?? t.dur ?? 0) / 1000;
      // Thread time (tts) between the app's module graph starting to evaluate and each mark after it:
      // the main thread's CPU in each stage, whatever else the machine is doing.
      const evalMod = main.find((e) => e.name === 'v8.evaluateModule' && inWin(e) && e.tts !== undefined);
      const before = tasks.filter((t) => inWin(t) && evalMod && t.ts + (t.dur ?? 0) <= evalMod.ts);
      r['cpu before the module graph'] = before.reduce((n, t) => n + (t.tdur ?? t.dur ?? 0) / 1000, 0);
      const background = ev.filter(
        (e) => e.pid === pid && e.name === 'v8.parseOnBackground' && inWin(e) && e.ph === 'X',
      );
      r['background parse cpu'] = background.reduce((n, e) => n + (e.tdur ?? e.dur ?? 0) / 1000, 0);
      if (evalMod) {
        const order = ['script-start', 'mounted', 'manifest', 'cube-built', 'boundaries-ready', 'map-rendered'];
        for (const n of order) {
          const m = marks.find((x) => x.name.endsWith(`:${n}`) && x.tid === painted.tid && x.tts !== undefined);
          if (m && m.ts <= end) r[`cpu module graph → ${n}`] = (m.tts! - evalMod.tts!) / 1000;
        }
        r['cpu module graph → map-painted'] = (painted.tts! - evalMod.tts!) / 1000;
      }
      if (profiling && evalMod && name !== 'baseline') {
        const into = bySource.get(name) ?? new Map<string, number>();
        bySource.set(name, into);
        const prof = ev.find((e) => e.pid === pid && e.tid === painted.tid && e.name === 'Profile') as
          (E & { id: string; args: { data: { startTime: number } } }) | undefined;
        const nodes = new Map<number, ProfileNode>();
        let t = prof?.args.data.startTime ?? 0;
        for (const c of ev.filter((e) => prof && e.name === 'ProfileChunk' && (e as { id?: string }).id === prof.id)) {
          const d = (
            c.args as { data: { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } }
          ).data;
          for (const n of d.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
          (d.cpuProfile?.samples ?? []).forEach((id, k) => {
            t += d.timeDeltas![k];
            const dt = (d.timeDeltas![k + 1] ?? 0) / 1000 / rounds;
            const f = nodes.get(id)?.callFrame;
            if (!f || t < evalMod.ts || t > end || f.functionName === '(idle)') return;
            const where = f.url ? moduleAt(f.url, f.lineNumber ?? 0) : f.functionName;
            into.set(where, (into.get(where) ?? 0) + dt);
          });
        }
      }
      if (reparse)
        r['cpu in V8.CollectSourcePositions'] = main
          .filter((e) => e.name === 'V8.CollectSourcePositions' && inWin(e))
          .reduce((n, e) => n + (e.tdur ?? e.dur ?? 0) / 1000, 0);
      if (name !== 'baseline') r['script-start (wall)'] = ((at('atlas:script-start') ?? nav.ts) - nav.ts) / 1000;
      rows[name].push(r);
      console.log(
        `${name.padEnd(9)} wall ${r.wall.toFixed(0)} ms, main-thread cpu ${r.cpu.toFixed(0)} ms` +
          (name !== 'baseline' ? `, script starts ${r['script-start (wall)'].toFixed(0)} ms` : ''),
      );
    }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`\nMedians of ${rounds} interleaved pairs (ms):`);
  for (const [name, rs] of Object.entries(rows)) {
    const keys = [...new Set(rs.flatMap((r) => Object.keys(r)))];
    console.log(name);
    for (const k of keys) console.log(`  ${k.padEnd(36)} ${median(rs.map((r) => r[k] ?? 0)).toFixed(1)}`);
  }
  for (const [name, m] of bySource) {
    console.log(`${name}: samples by source module, module graph → painted (ms per load, wall-time spaced)`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`  ${v.toFixed(1).padStart(6)} ${k}`);
  }
  for (const name of Object.keys(rows).filter((n) => n !== 'baseline')) {
    const ratio = (k: string) => median(rows[name].map((r, i) => r[k] / rows.baseline[i][k])).toFixed(2);
    console.log(`ratio ${name}/baseline: wall ${ratio('wall')}×, main-thread cpu ${ratio('cpu')}×`);
  }
} finally {
  await session.close();
}
