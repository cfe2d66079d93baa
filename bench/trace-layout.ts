// Where a district repaint's style and layout go: a Chromium trace of sector changes on ?geo=lad (the
// same steps as bench/district.ts), printing per change the style recalcs (elements restyled) and the
// layouts (objects dirty of all, partial or whole, their roots, ms), and which nodes asked for layout and
// why (invalidation tracking). A tool for finding the cost, not a figure: `npx tsx bench/trace-layout.ts`
// (SKIP_BUILD=1 to reuse dist/, SERVE_ROOT=<dir> for another build, TRACE_CHANGES=8, TRACE_URL=...,
// TRACE_YEAR=1 for GVA year steps instead of sector changes).
import { build } from 'vite';
import { serveAndLaunch } from './serve';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

if (process.env.SKIP_BUILD !== '1' && !process.env.SERVE_ROOT) await build({ logLevel: 'warn' });
const session = await serveAndLaunch();
const year = process.env.TRACE_YEAR === '1';
const n = Number(process.env.TRACE_CHANGES ?? 8);
try {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const url = `${session.base}${process.env.TRACE_URL ?? (year ? '?dataset=gva-current&geo=lad&year=2020' : '?geo=lad')}`;
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('path.area').length > 250);
  await page.locator('.table-section tbody tr').first().waitFor();
  if (year) {
    await page.getByRole('button', { name: 'Next year' }).click();
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Previous year' }).click();
    await page.waitForLoadState('networkidle');
  }
  // Warm up (JIT, first-time layouts) before tracing.
  const run = (count: number) =>
    page.evaluate(
      async ([count, year]) => {
        const select = document.querySelector<HTMLSelectElement>('#ctl-sector')!;
        const options = [...select.options].map((o) => o.value);
        const next = document.querySelector<HTMLButtonElement>('button[aria-label="Next year"]');
        const prev = document.querySelector<HTMLButtonElement>('button[aria-label="Previous year"]');
        for (let i = 0; i < count; i++) {
          requestAnimationFrame(() => setTimeout(() => performance.mark('table-start')));
          performance.mark('sync-start');
          if (year) (i % 2 === 0 ? next : prev)!.click();
          else {
            select.value = options[(Number(select.selectedIndex) + 1) % options.length];
            select.dispatchEvent(new Event('change', { bubbles: true }));
          }
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
      [count, year] as const,
    );
  await run(3);
  await session.browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink.user_timing',
      ...(process.env.TRACE_INVALIDATIONS === '1'
        ? ['disabled-by-default-devtools.timeline.invalidationTracking']
        : []),
    ],
  });
  await run(n);
  const buf = await session.browser.stopTracing();
  const events = (JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const marks = events.filter((e) => /^(sync|table)-(start|end)$/.test(e.name));
  const pid = marks[0]?.pid;
  const mainTid = events.find((e) => e.pid === pid && e.name === 'UpdateLayoutTree')?.tid;
  const windows: Record<string, [number, number][]> = { sync: [], table: [] };
  const open: Record<string, number> = {};
  for (const m of marks.sort((a, b) => a.ts - b.ts)) {
    const [phase, edge] = m.name.split('-');
    if (edge === 'start') open[phase] = m.ts;
    else if (open[phase] !== undefined) windows[phase].push([open[phase], m.ts]);
  }
  const main = events.filter((e) => e.pid === pid && e.tid === mainTid).sort((a, b) => a.ts - b.ts);
  const verbose = process.env.TRACE_VERBOSE === '1';
  for (const [phase, w] of Object.entries(windows)) {
    const inside = (e: TraceEvent) => w.some(([a, b]) => e.ts >= a && e.ts <= b);
    let styleMs = 0;
    let layoutMs = 0;
    let elements = 0;
    let dirty = 0;
    let layouts = 0;
    let styles = 0;
    let paintMs = 0;
    const reasons = new Map<string, number>();
    const styleReasons = new Map<string, number>();
    for (const e of main) {
      if (!inside(e)) continue;
      if (e.name === 'UpdateLayoutTree' && e.ph === 'X') {
        styles++;
        styleMs += (e.dur ?? 0) / 1000;
        elements += e.args?.elementCount ?? 0;
      } else if (e.name === 'Layout' && e.ph === 'X') {
        layouts++;
        layoutMs += (e.dur ?? 0) / 1000;
        const b = e.args?.beginData ?? {};
        dirty += b.dirtyObjects ?? 0;
        if (verbose)
          console.log(
            `  layout ${((e.dur ?? 0) / 1000).toFixed(2)} ms dirty ${b.dirtyObjects}/${b.totalObjects} partial ${b.partialLayout} roots ${JSON.stringify((e.args?.endData?.layoutRoots ?? []).map((r: { depth: number; nodeId: number }) => [r.depth, r.nodeId]))}`,
          );
      } else if (e.name === 'Paint' || e.name === 'PrePaint' || e.name === 'Layerize') {
        paintMs += (e.dur ?? 0) / 1000;
      }
    }
    for (const e of events) {
      if (e.pid !== pid || !inside(e)) continue;
      const d = e.args?.data;
      if (e.name === 'LayoutInvalidationTracking') {
        const key = `${d?.nodeName ?? '?'} ${d?.reason ?? ''}`;
        reasons.set(key, (reasons.get(key) ?? 0) + 1);
      } else if (e.name === 'StyleRecalcInvalidationTracking' || e.name === 'StyleInvalidatorInvalidationTracking') {
        const key = `${e.name.replace('InvalidationTracking', '')} ${d?.nodeName ?? '?'} ${d?.reason ?? ''} ${d?.extraData ?? ''} ${d?.changedClass ?? d?.changedAttribute ?? d?.changedPseudo ?? d?.changedId ?? ''}`;
        styleReasons.set(key, (styleReasons.get(key) ?? 0) + 1);
      }
    }
    const k = Math.max(1, w.length);
    console.log(
      `\n${phase}: ${w.length} changes; per change: style ${(styleMs / k).toFixed(2)} ms (${styles / k} recalcs, ${(elements / k).toFixed(0)} elements), layout ${(layoutMs / k).toFixed(2)} ms (${layouts / k} layouts, ${(dirty / k).toFixed(0)} dirty objects), prepaint+paint ${(paintMs / k).toFixed(2)} ms`,
    );
    console.log('  layout asked for by (node, reason: count per change):');
    for (const [r, c] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 40))
      console.log(`    ${(c / k).toFixed(1).padStart(6)}  ${r}`);
    console.log('  style invalidations (count per change):');
    for (const [r, c] of [...styleReasons].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`    ${(c / k).toFixed(1).padStart(6)}  ${r}`);
  }
  // Total layout objects on the page, from the last layout.
  const last = main.filter((e) => e.name === 'Layout' && e.args?.beginData).pop();
  console.log(`\ntotal layout objects: ${last?.args?.beginData?.totalObjects}`);
  await context.close();
} finally {
  await session.close();
}
