// Which long tasks make up total blocking time while a page loads: a Chromium trace and V8 CPU profile
// of one load, listing each main-thread task over 50 ms (start relative to first contentful paint, its
// length, its blocking part after FCP) with the app's functions that took most of it (inclusive). A tool,
// not a figure: `npx tsx bench/trace-tbt.ts` (build unminified first for names: `npx vite build --minify
// false`; it serves dist/ as it is). TRACE_URL='?view=profile&geo=lad&area=E08000003' for the profile.
import { mkdirSync, writeFileSync } from 'node:fs';
import { serveAndLaunch } from './serve';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
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
  const tasks = events.filter((e) => onMain(e) && e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) > 50_000);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  let total = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const blocking = Math.max(0, (end - Math.max(task.ts, fcp)) / 1000 - 50);
    total += blocking;
    console.log(
      `\ntask at ${((task.ts - fcp) / 1000).toFixed(0)} ms after FCP: ${(task.dur! / 1000).toFixed(0)} ms, blocking ${blocking.toFixed(0)} ms`,
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
    for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
    // Where the rest went: the browser's own work in the task (style, layout, paint, parsing).
    const byName = new Map<string, number>();
    for (const e of events)
      if (onMain(e) && e.ph === 'X' && e.dur && e.ts >= task.ts && e.ts < end && e !== task)
        byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
    const rows = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`  events: ${rows.map(([n, v]) => `${n} ${v.toFixed(0)}`).join(', ')}`);
  }
  console.log(`\nTBT from these tasks: ${total.toFixed(0)} ms`);
  await context.close();
} finally {
  await session.close();
}
