// Where a repaint's script goes: a V8 CPU profile (CDP Profiler, sampled every 100 µs) of sector changes
// on the district map (or year steps), split into the phases bench/district.ts times ('sync': the change
// until map, legend and ranking are laid out; 'table': what follows a frame later), as inclusive and self
// ms per function per change, beside each phase's main-thread CPU time from a trace (as bench/trace-cpu.ts).
// Several builds interleaved, one page each per round: ROOTS='main=/tmp/main-build,mine=dist' (each
// served by its own static server; build unminified for names: `npx vite build --minify false --outDir X`).
// A tool, not a figure: `npx tsx bench/trace-repaint.ts` (ROUNDS, N changes per page, URL, TOP rows,
// PHASES=sync,table, FILTER=app: only functions from the app's own files; NOPROFILE=1: CPU time alone,
// without the profiler's own cost).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../test/browser/browser';
import { staticServer } from './serve';

// An unminified build marks each module's start with a comment naming it ("// src/lib/x.ts"): line → module.
const moduleStarts = new Map<string, [number, string][]>();
function moduleOf(root: string, url: string, line: number): string {
  const file = url.replace(/^.*\/assets\//, 'assets/');
  if (!file.startsWith('assets/')) return '';
  const key = `${root}/${file}`;
  let starts = moduleStarts.get(key);
  if (!starts) {
    starts = [];
    const path = join(root, file);
    if (existsSync(path))
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((l, i) => {
          const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(l);
          if (m) starts!.push([i, m[1]]);
        });
    moduleStarts.set(key, starts);
  }
  let mod = '';
  for (const [at, m] of starts) if (at <= line) mod = m;
  return mod;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}
interface E {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}
const TOP = new Set([
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'EventDispatch',
  'UpdateLayoutTree',
  'Layout',
  'FireAnimationFrame',
  'v8.callFunction',
  'v8.evaluateScript',
]);

const roots = Object.fromEntries(
  (process.env.ROOTS ?? 'dist=dist').split(',').map((kv) => kv.split('=') as [string, string]),
);
const url = process.env.URL ?? '?geo=lad';
const year = url.includes('gva');
const phases = (process.env.PHASES ?? 'sync,table').split(',');
const topN = Number(process.env.TOP ?? 30);
const profiling = !process.env.NOPROFILE;
const servers = await Promise.all(Object.entries(roots).map(async ([k, r]) => [k, await staticServer(r)] as const));
const browser = await launch();
// Per build and phase: summed inclusive / self ms per function, CPU ms, and the number of changes.
const acc = new Map<
  string,
  {
    incl: Map<string, number>;
    self: Map<string, number>;
    own: Map<string, number>;
    cpu: number[];
    st: number[];
    lay: number[];
    n: number;
  }
>();
try {
  for (let round = 0; round < Number(process.env.ROUNDS ?? 2); round++)
    for (const [name, { base }] of servers) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(base + url);
      await page.waitForFunction(() => document.querySelectorAll('path.area').length > 290);
      await page.locator('.table-section tbody tr').first().waitFor();
      if (year)
        for (const b of ['Next year', 'Previous year']) {
          await page.getByRole('button', { name: b }).click();
          await page.waitForLoadState('networkidle');
        }
      const cdp = await context.newCDPSession(page);
      if (profiling) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      }
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
      });
      if (profiling) await cdp.send('Profiler.start');
      await page.evaluate(
        async ([n, year]) => {
          const select = document.querySelector<HTMLSelectElement>('#ctl-sector')!;
          const options = [...select.options].map((o) => o.value);
          const stepNext = document.querySelector<HTMLButtonElement>('button[aria-label="Next year"]');
          const stepPrev = document.querySelector<HTMLButtonElement>('button[aria-label="Previous year"]');
          for (let i = 0; i <= n; i++) {
            requestAnimationFrame(() => setTimeout(() => performance.mark('table-start')));
            performance.mark('sync-start');
            if (year) (i % 2 === 0 ? stepNext : stepPrev)!.click();
            else {
              select.value = options[(i + 1) % options.length];
              select.dispatchEvent(new Event('change', { bubbles: true }));
            }
            await Promise.resolve();
            await new Promise((r) => queueMicrotask(() => r(null)));
            void document.body.getBoundingClientRect().height;
            performance.mark('sync-end');
            await new Promise((res) =>
              requestAnimationFrame(() =>
                setTimeout(() => {
                  void document.body.getBoundingClientRect().height;
                  performance.mark('table-end');
                  res(null);
                }),
              ),
            );
            while (
              document.querySelector(
                '.table-section[data-behind], .table-section [data-behind], .map-frame [data-behind]',
              )
            )
              await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
          }
        },
        [Number(process.env.N ?? 10), year] as const,
      );
      const { profile } = profiling
        ? ((await cdp.send('Profiler.stop')) as { profile: Profile })
        : { profile: { nodes: [], samples: [], timeDeltas: [], startTime: 0 } };
      const ev = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: E[] }).traceEvents;
      const main = ev.find(
        (e) =>
          e.name === 'thread_name' &&
          e.args?.name === 'CrRendererMain' &&
          ev.some((f) => f.pid === e.pid && f.name === 'FunctionCall'),
      )!;
      const marks = ev
        .filter((e) => e.pid === main.pid && /^(sync|table)-(start|end)$/.test(e.name))
        .sort((a, b) => a.ts - b.ts);
      const win: Record<string, [number, number][]> = { sync: [], table: [] };
      const open: Record<string, number> = {};
      for (const m of marks) {
        const [p, edge] = m.name.split('-');
        if (edge === 'start') open[p] = m.ts;
        else win[p].push([open[p], m.ts]);
      }
      for (const k of Object.keys(win)) win[k] = win[k].slice(1); // the first change warms up the JIT
      const mine = ev
        .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && TOP.has(e.name))
        .sort((a, b) => a.ts - b.ts);
      const nodes = new Map(profile.nodes.map((x) => [x.id, x]));
      const parent = new Map<number, number>();
      for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
      const times: number[] = [];
      let t = profile.startTime;
      for (const d of profile.timeDeltas) times.push((t += d));
      for (const p of phases) {
        const w = win[p];
        const key = `${name} ${p}`;
        const a = acc.get(key) ?? {
          incl: new Map(),
          self: new Map(),
          own: new Map(),
          cpu: [] as number[],
          st: [] as number[],
          lay: [] as number[],
          n: 0,
        };
        acc.set(key, a);
        a.n += w.length;
        let cpu = 0;
        let st = 0;
        let lay = 0;
        let end = -1;
        for (const e of mine) {
          if (!w.some(([s, f]) => e.ts >= s && e.ts <= f)) continue;
          if (e.name === 'Layout') lay += (e.tdur ?? 0) / 1000;
          else if (e.name === 'UpdateLayoutTree') st += (e.tdur ?? 0) / 1000;
          if (e.ts < end) continue;
          end = e.ts + (e.dur ?? 0);
          cpu += (e.tdur ?? 0) / 1000;
        }
        a.cpu.push(cpu / w.length);
        a.st.push(st / w.length);
        a.lay.push(lay / w.length);
        profile.samples.forEach((id, i) => {
          // Each sample stands for the 100 µs sampling interval.
          const at = times[i];
          if (!w.some(([s, f]) => at >= s && at <= f)) return;
          // Counted, not timed: a sample delayed while the thread waited for a core would charge the wait.
          const ms = 0.1;
          const seen = new Set<string>();
          let first = true;
          // Charged to the innermost frame of the app's own code (src/), runtime and browser work under it included.
          let owner = '(no app frame)';
          for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
            const f = nodes.get(x)!.callFrame;
            const mod = moduleOf(roots[name], f.url, f.lineNumber);
            if (mod.startsWith('src/')) {
              owner = `${f.functionName || '(anon)'} ${mod.replace(/^src\//, '')}:${f.lineNumber + 1}`;
              break;
            }
          }
          a.own.set(owner, (a.own.get(owner) ?? 0) + ms);
          if (process.env.STACK && owner.startsWith(process.env.STACK) && Math.random() < 0.02) {
            const st: string[] = [];
            for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
              const f = nodes.get(x)!.callFrame;
              st.push(`${f.functionName || '(anon)'}:${f.lineNumber + 1}`);
            }
            console.log(`STACK ${st.join(' < ')}`);
          }
          for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
            const f = nodes.get(x)!.callFrame;
            const k = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
            if (first) a.self.set(k, (a.self.get(k) ?? 0) + ms);
            first = false;
            if (seen.has(k)) continue;
            seen.add(k);
            a.incl.set(k, (a.incl.get(k) ?? 0) + ms);
          }
        });
      }
      await context.close();
    }
  const fmt = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(' ');
  for (const [key, a] of acc) {
    const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    const script = a.cpu.map((c, i) => c - a.st[i] - a.lay[i]);
    console.log(`\n== ${key}: cpu ${fmt(a.cpu)} (style ${fmt(a.st)}; layout ${fmt(a.lay)}) ms per change`);
    console.log(
      `== ${key}: median cpu ${med(a.cpu).toFixed(2)}, the rest (script) ${med(script).toFixed(2)} [${fmt(script)}]`,
    );
    if (!profiling) continue;
    const app = process.env.FILTER === 'app';
    const rows = (m: Map<string, number>) =>
      [...m]
        .filter(([k]) => !app || /\.js:/.test(k))
        .sort((x, y) => y[1] - x[1])
        .slice(0, topN)
        .map(([k, v]) => `${(v / a.n).toFixed(2).padStart(7)}  ${k}`);
    console.log('  inclusive:');
    for (const r of rows(a.incl)) console.log(`  ${r}`);
    console.log('  by app function (innermost src/ frame):');
    for (const r of rows(a.own)) console.log(`  ${r}`);
    console.log('  self:');
    for (const r of rows(a.self).slice(0, 40)) console.log(`  ${r}`);
  }
} finally {
  await browser.close();
  for (const [, { server }] of servers) {
    server.closeAllConnections();
    server.close();
  }
}
