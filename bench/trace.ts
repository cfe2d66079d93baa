// Where a district repaint goes: a Chromium performance trace (and a V8 CPU profile) of a few sector
// changes on ?geo=lad, summarised as time per trace event on the page's main thread and the hottest
// functions. A tool for finding the cost, not a figure: `npx tsx bench/trace.ts` (SKIP_BUILD=1 to
// reuse dist/; TRACE_URL='?view=profile&geo=lad&area=E08000003' TRACE_LOAD=1 traces a page load instead).
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
    ...(process.env.TRACE_INVALIDATIONS === '1' ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []),
  ];
  if (!load) {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelectorAll('path.area').length === 309);
    await page.locator('.table-section tbody tr').first().waitFor();
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.browser.startTracing(page, { categories });
  await cdp.send('Profiler.start');
  if (load) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
  } else {
    await page.evaluate(async () => {
      const select = document.querySelector<HTMLSelectElement>('#ctl-sector')!;
      const options = [...select.options].map((o) => o.value);
      for (let i = 0; i < 6; i++) {
        select.value = options[(i + 1) % options.length];
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 60)));
      }
    });
  }
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
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
  await context.close();
} finally {
  await session.close();
}
