// Which long tasks make up total blocking time while a page loads: a Chromium trace and V8 CPU profile
// of one load, listing each main-thread task over 50 ms (start relative to first contentful paint, its
// length, its blocking part after FCP) with the app's functions that took most of it (inclusive). A tool,
// not a figure: `npx tsx bench/trace-tbt.ts` (build unminified first for names: `npx vite build --minify
// false`; it serves dist/ as it is). TRACE_URL='?view=profile&geo=lad&area=E08000003' for the profile.
// CPU_SLOWDOWN=4 slows Chromium's CPU fourfold (DevTools' CPU throttling), like a slower office laptop.
import { mkdirSync, writeFileSync } from 'node:fs';
import { serveAndLaunch } from './serve';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time in the event: unlike dur, it does not grow while other processes hold the CPU. */
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const session = await serveAndLaunch();
try {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const slowdown = Number(process.env.CPU_SLOWDOWN ?? 1);
  if (slowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'],
  });
  await cdp.send('Profiler.start');
  await page.goto(`${session.base}${process.env.TRACE_URL ?? '?geo=lad'}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };
  };
  const buf = await session.browser.stopTracing();
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/tbt-trace.json', buf);
  const events = (JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((f) => f.pid === e.pid && f.name === 'FunctionCall'),
  )!;
  const onMain = (e: TraceEvent) => e.pid === main.pid && e.tid === main.tid;
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === main.pid)?.ts ?? 0;
  const marks = events.filter((e) => onMain(e) && e.name.startsWith('atlas:') && e.ph !== 'X');
  for (const m of marks) console.log(`mark ${m.name} at ${((m.ts - fcp) / 1000).toFixed(0)} ms after FCP`);
  const slowed = Number(process.env.CPU_SLOWDOWN ?? 1) > 1;
  const tasks = events.filter(
    (e) =>
      onMain(e) &&
      e.ph === 'X' &&
      e.name === 'RunTask' &&
      ((e.dur ?? 0) > 50_000 || (!slowed && (e.tdur ?? 0) * Number(process.env.CPU_SCALE ?? 4) > 50_000)),
  );
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  let total = 0;
  // The same from each task's CPU time (tdur), scaled by CPU_SCALE (default 4): a load-independent model of
  // a CPU that many times slower, for before/after comparisons on a busy machine. Tasks over 50 / CPU_SCALE
  // ms of CPU time count (unthrottled runs only: throttling itself spins the thread).
  const scale = Number(process.env.CPU_SCALE ?? 4);
  let cpuTotal = 0;
  const cpuTasks = events.filter(
    (e) => onMain(e) && e.ph === 'X' && e.name === 'RunTask' && (e.tdur ?? 0) * scale > 50_000 && e.ts >= fcp,
  );
  for (const task of cpuTasks) cpuTotal += (task.tdur! * scale) / 1000 - 50;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const blocking = Math.max(0, (end - Math.max(task.ts, fcp)) / 1000 - 50);
    total += blocking;
    console.log(
      `\ntask at ${((task.ts - fcp) / 1000).toFixed(0)} ms after FCP: ${(task.dur! / 1000).toFixed(0)} ms (CPU ${((task.tdur ?? 0) / 1000).toFixed(0)} ms), blocking ${blocking.toFixed(0)} ms`,
    );
    const inclusive = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      if (times[i] < task.ts || times[i] > end) return;
      const seen = new Set<string>();
      for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
        const f = nodes.get(x)!.callFrame;
        // The app's own functions (the Svelte runtime's frames say little), and garbage collection.
        if (
          (!f.url.includes('/assets/') || f.url.includes('disclose-version')) &&
          f.functionName !== '(garbage collector)'
        )
          continue;
        const key = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + profile.timeDeltas[i] / 1000);
      }
    });
    for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 25)))
      console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
    // Self time, any code (the runtime's too): where the task's time is actually spent.
    const self = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      if (times[i] < task.ts || times[i] > end) return;
      const f = nodes.get(id)!.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + profile.timeDeltas[i] / 1000);
    });
    const selfRows = [...self].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`  self: ${selfRows.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
    // Where the rest went: the browser's own work in the task (style, layout, paint, parsing).
    const byName = new Map<string, number>();
    for (const e of events)
      if (onMain(e) && e.ph === 'X' && e.dur && e.ts >= task.ts && e.ts < end && e !== task)
        byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
    const rows = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`  events: ${rows.map(([n, v]) => `${n} ${v.toFixed(0)}`).join(', ')}`);
  }
  console.log(`\nTBT from these tasks: ${total.toFixed(0)} ms`);
  console.log(
    `TBT from CPU time × ${scale} (${cpuTasks.length} tasks over ${(50 / scale).toFixed(1)} ms of CPU after FCP): ${cpuTotal.toFixed(0)} ms; longest ${(Math.max(0, ...cpuTasks.map((t) => t.tdur!)) / 1000).toFixed(0)} ms of CPU`,
  );
  await context.close();
} finally {
  await session.close();
}
