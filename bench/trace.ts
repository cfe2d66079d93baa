// Where a district repaint goes: a Chromium performance trace (and a V8 CPU profile) of a few sector
// changes on ?geo=lad, summarised as time per trace event on the page's main thread and the hottest
// functions. A tool for finding the cost, not a figure: `npx tsx bench/trace.ts` (SKIP_BUILD=1 to
// reuse dist/; TRACE_CHANGES=30 TRACE_SAMPLE_US=500 for more changes sampled with less overhead; TRACE_URL='?view=profile&geo=lad&area=E08000003' TRACE_LOAD=1 traces a page load instead).
// Sector changes are split into phases by user-timing marks, as the district bench times them: 'sync'
// (the change until map, legend and ranking are laid out) and 'table' (the table's catch-up a frame
// later); each phase's trace events and inclusive time per function are printed (build unminified for names).
import { build } from 'vite';
import { writeFileSync, mkdirSync } from 'node:fs';
import { serveAndLaunch } from './serve';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: Record<string, unknown> };
  ts?: number;
}
interface TimedEvent extends TraceEvent {
  ts: number;
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

if (process.env.SKIP_BUILD !== '1') await build({ logLevel: 'warn' });
const session = await serveAndLaunch();
try {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const url = `${session.base}${process.env.TRACE_URL ?? '?geo=lad'}`;
  const load = process.env.TRACE_LOAD === '1';
  const cdp = await context.newCDPSession(page);
  const categories = [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'blink',
    'v8.execute',
    'blink.user_timing',
    ...(process.env.TRACE_INVALIDATIONS === '1' ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []),
  ];
  if (!load) {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelectorAll('path.area').length === 309);
    await page.locator('.table-section tbody tr').first().waitFor();
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.TRACE_SAMPLE_US ?? 100) });
  await session.browser.startTracing(page, { categories });
  await cdp.send('Profiler.start');
  if (load) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
  } else {
    await page.evaluate(
      async (n) => {
        const select = document.querySelector<HTMLSelectElement>('#ctl-sector')!;
        const options = [...select.options].map((o) => o.value);
        for (let i = 0; i < n; i++) {
          // The same steps as bench/district.ts, marked: the change and its forced layout, then the table.
          requestAnimationFrame(() => setTimeout(() => performance.mark('table-start')));
          performance.mark('sync-start');
          select.value = options[(i + 1) % options.length];
          select.dispatchEvent(new Event('change', { bubbles: true }));
          await Promise.resolve();
          await new Promise((r) => queueMicrotask(() => r(null)));
          void document.body.getBoundingClientRect().height;
          performance.mark('sync-end');
          await new Promise((r) =>
            requestAnimationFrame(() =>
              setTimeout(() => {
                void document.body.getBoundingClientRect().height;
                performance.mark('table-end');
                r(null);
              }),
            ),
          );
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 60)));
        }
      },
      Number(process.env.TRACE_CHANGES ?? 6),
    );
  }
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime?: number };
  };
  const buf = await session.browser.stopTracing();
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/trace.json', buf);
  writeFileSync('bench/results/profile.cpuprofile', JSON.stringify(profile));
  const events = (JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((f) => f.pid === e.pid && f.name === 'FunctionCall'),
  );
  const byName = new Map<string, number>();
  for (const e of events) {
    if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur) continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  }
  console.log('Main-thread trace events (ms, inclusive, overlapping):');
  for (const [n, t] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${t.toFixed(1).padStart(8)}  ${n}`);
  // Self time per function from the CPU profile.
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[i] / 1000));
  const byFn = new Map<string, number>();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + (self.get(n.id) ?? 0));
  }
  console.log('Hottest functions (self ms):');
  for (const [n, t] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`  ${t.toFixed(1).padStart(8)}  ${n}`);
  if (!load) phases(events, main, profile);
  await context.close();
} finally {
  await session.close();
}

/** Per phase (between the page's marks): main-thread trace events (self-nesting counted once) and inclusive time per function. */
function phases(
  events: TraceEvent[],
  main: TraceEvent | undefined,
  profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime?: number },
): void {
  if (!main) return;
  const marks = (events as TimedEvent[]).filter(
    (e) => e.pid === main.pid && e.name.match(/^(sync|table)-(start|end)$/),
  );
  const windows: Record<string, [number, number][]> = { sync: [], table: [] };
  const open: Record<string, number> = {};
  for (const m of marks.sort((a, b) => a.ts - b.ts)) {
    const [phase, edge] = m.name.split('-');
    if (edge === 'start') open[phase] = m.ts;
    else if (open[phase] !== undefined) windows[phase].push([open[phase], m.ts]);
  }
  const inside = (ts: number, w: [number, number][]) => w.some(([a, b]) => ts >= a && ts <= b);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (const [phase, w] of Object.entries(windows)) {
    const total = w.reduce((s, [a, b]) => s + (b - a) / 1000, 0);
    console.log(`\nPhase '${phase}': ${w.length} changes, ${(total / Math.max(1, w.length)).toFixed(1)} ms each`);
    const byName = new Map<string, number>();
    for (const e of events as TimedEvent[]) {
      if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur || !inside(e.ts, w)) continue;
      byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000 / w.length);
    }
    for (const n of ['FunctionCall', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'LocalFrameView::layout'])
      console.log(`  ${(byName.get(n) ?? 0).toFixed(1).padStart(8)}  ${n} (trace event, ms per change)`);
    let t = profile.startTime ?? 0;
    const inclusive = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      t += profile.timeDeltas[i];
      if (!inside(t, w)) return;
      const seen = new Set<string>();
      for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
        const f = nodes.get(x)!.callFrame;
        const key = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + profile.timeDeltas[i] / 1000 / w.length);
      }
    });
    for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 45))
      console.log(`  ${v.toFixed(2).padStart(8)}  ${k}`);
  }
}
