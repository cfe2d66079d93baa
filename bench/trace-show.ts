// Where "Show this data" goes after a 1,000,000-row import: a V8 CPU profile of the click until the
// table is drawn, summarised as inclusive time per function of the app's own code (build unminified
// first for readable names: `npx vite build --minify false`; it serves dist/ as it is). A tool, not a figure:
// `npx tsx bench/trace-show.ts` (ROWS=400,50,50). The profile is kept in bench/results/show.cpuprofile.
// CPU_SLOWDOWN=4 slows Chromium's CPU fourfold for the click (DevTools' CPU throttling), like a slower laptop.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCanonicalCsv } from './generate';
import { serveAndLaunch } from './serve';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** The thread's CPU time in the event (unlike dur, it does not grow while other processes hold the CPU). */
  tdur?: number;
  args?: { name?: string };
}

/** Each main-thread task over 30 ms: its trace events by name and the app's functions in it (inclusive ms). */
function longTasks(
  events: TraceEvent[],
  profile: { samples: number[]; timeDeltas: number[]; startTime: number },
  nodes: Map<number, ProfileNode>,
  parent: Map<number, number>,
): void {
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((f) => f.pid === e.pid && f.tid === e.tid && f.name === 'FunctionCall'),
  );
  if (!main) return;
  const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
  // Over 30 ms, or over 12.5 ms of CPU time (50 ms on a CPU four times slower).
  const tasks = on.filter((e) => e.name === 'RunTask' && (e.dur! > 30_000 || (e.tdur ?? 0) > 12_500));
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const byName = new Map<string, number>();
    for (const e of on)
      if (e !== task && e.ts >= task.ts && e.ts < end) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur! / 1000);
    const fns = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      if (times[i] < task.ts || times[i] >= end) return;
      const seen = new Set<string>();
      for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
        const f = nodes.get(x)!.callFrame;
        if (!f.url.includes('/assets/')) continue;
        const key = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
        if (seen.has(key)) continue;
        seen.add(key);
        fns.set(key, (fns.get(key) ?? 0) + profile.timeDeltas[i] / 1000);
      }
    });
    const top = (m: Map<string, number>, n: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `${v.toFixed(0)} ${k}`);
    console.log(
      `\nTask of ${(task.dur! / 1000).toFixed(0)} ms (CPU ${((task.tdur ?? 0) / 1000).toFixed(0)} ms): ${top(byName, 8).join(' | ')}`,
    );
    for (const line of top(fns, 40)) console.log(`    ${line}`);
  }
}

const [areas, sectors, years] = (process.env.ROWS ?? '400,50,50').split(',').map(Number);
const dir = mkdtempSync(join(tmpdir(), 'atlas-show-trace-'));
const file = join(dir, 'audit.csv');
writeFileSync(file, generateCanonicalCsv(areas, sectors, years));
const session = await serveAndLaunch();
try {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(session.base);
  await page.locator('path.area').first().waitFor();
  await page.getByRole('button', { name: 'Load your own CSV' }).click();
  const panel = page.getByRole('region', { name: 'Load your own CSV' });
  await panel.getByLabel('Choose a CSV file').setInputFiles(file);
  await panel.getByRole('heading', { name: /^What is in / }).waitFor({ timeout: 120_000 });
  await panel.getByRole('button', { name: 'Continue' }).click();
  await panel.getByRole('heading', { name: /^Report on / }).waitFor({ timeout: 300_000 });
  const cdp = await context.newCDPSession(page);
  const slowdown = Number(process.env.CPU_SLOWDOWN ?? 1);
  if (slowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  // Trace events too, to split the time into the main thread's tasks (the long-task goal is per task).
  await session.browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'],
  });
  await cdp.send('Profiler.start');
  await panel.getByRole('button', { name: 'Show this data' }).click();
  await page.waitForURL(/dataset=local-/);
  await page.waitForFunction(() => document.querySelector('.table-section tbody tr') !== null, null, {
    timeout: 60_000,
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };
  };
  const trace = (JSON.parse((await session.browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] })
    .traceEvents;
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/show.cpuprofile', JSON.stringify(profile));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[i] / 1000));
  const inclusive = new Map<string, number>();
  for (const [id, t] of self) {
    const seen = new Set<string>();
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      const f = nodes.get(x)!.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
      if (!seen.has(key)) {
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + t);
      }
    }
  }
  console.log('Inclusive ms per function, "Show this data" until the table is drawn:');
  for (const [k, t] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 60))
    console.log(`  ${t.toFixed(1).padStart(8)}  ${k}`);
  longTasks(trace, profile, nodes, parent);
  await context.close();
} finally {
  await session.close();
  rmSync(dir, { recursive: true, force: true });
}
