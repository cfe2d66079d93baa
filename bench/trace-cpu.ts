// Main-thread CPU time of a repaint, per phase, from a Chromium trace: the thread time (tdur) of the
// renderer's tasks, which a loaded machine inflates far less than wall time (at a load of 30 on 2 cores the
// bench's wall-clock bare recolour went from 2 to 31 ms; its thread time stayed ~2 ms). Phases as
// bench/district.ts times them: 'sync' (the change until map, legend and ranking are laid out), 'table'
// (what follows a frame later: names, title, and the table when it is near the screen), 'catch' (from
// then until the off-screen table has caught up in idle time and is laid out) and 'bare' (the baseline
// recolour; its script is not caught, only its style).
// Per phase: 'cpu' is the thread time of the outermost renderer events (script, style, layout) that start
// inside it, so script running in a task begun before the phase's mark (the bare's setAttribute loop, the
// change's own dispatch) is not counted, only what it sets off; 'st' and 'lay': style and layout alone.
// A tool, not a figure: `npx tsx bench/trace-cpu.ts` (serves dist/ as it is: `npm run build` first).
// URL='?dataset=gva-current&geo=lad&year=2020' for the GVA year step; ROUNDS, N (changes per round);
// VARIANTS='{"base":"","top":"td{vertical-align:top}"}' tries CSS added to the page, one page per entry;
// ONSCREEN=1 scrolls the table into view first. PROFILE=table (a phase): the JS sampling profile's self
// time per function in it; TASKS=table: its outermost tasks by the function that ran them.
import { serveAndLaunch } from './serve';
const variants: Record<string, string> = JSON.parse(process.env.VARIANTS ?? '{"base":""}');
const url = process.env.URL ?? '?geo=lad';
const year = url.includes('gva');
const session = await serveAndLaunch();
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
// The renderer's task-level events: the outermost of them in a phase are its CPU time.
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
  'ParseHTML',
]);
// The JS sampling profile's self time per function inside a phase, top 25 (wall-clock samples).
function profile(ev: E[], pid: number, w: [number, number][]) {
  type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; parent?: number };
  const nodes = new Map<number, Node>();
  const self = new Map<string, number>();
  const chunks = ev.filter((e) => e.pid === pid && (e.name === 'Profile' || e.name === 'ProfileChunk'));
  let t = 0;
  for (const c of chunks) {
    const d = (c.args as unknown as { data: Record<string, unknown> }).data;
    if (c.name === 'Profile') {
      t = d.startTime as number;
      continue;
    }
    const cp = d.cpuProfile as { nodes?: Node[]; samples?: number[] } | undefined;
    for (const n of cp?.nodes ?? []) nodes.set(n.id, n);
    const deltas = (d.timeDeltas as number[]) ?? [];
    (cp?.samples ?? []).forEach((s, i) => {
      t += deltas[i] ?? 0;
      if (!w.some(([a, b]) => t >= a && t <= b)) return;
      const n = nodes.get(s);
      const f = n
        ? `${n.callFrame.functionName || '(anon)'} ${(n.callFrame.url ?? '').split('/').pop()}:${n.callFrame.lineNumber}`
        : '?';
      self.set(f, (self.get(f) ?? 0) + (deltas[i + 1] ?? 0) / 1000 / w.length);
    });
  }
  for (const [f, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${ms.toFixed(2).padStart(6)} ${f}`);
}
try {
  for (let round = 0; round < Number(process.env.ROUNDS ?? 1); round++)
    for (const [name, css] of Object.entries(variants)) {
      const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(session.base + url);
      await page.waitForFunction(() => document.querySelectorAll('path.area').length > 290);
      await page.locator('.table-section tbody tr').first().waitFor();
      if (year) {
        for (const b of ['Next year', 'Previous year']) {
          await page.getByRole('button', { name: b }).click();
          await page.waitForLoadState('networkidle');
        }
      }
      if (css) await page.addStyleTag({ content: css });
      if (process.env.ONSCREEN) {
        await page.locator('.table-section').scrollIntoViewIfNeeded();
        await page.waitForFunction(
          () =>
            !document.querySelector(
              '.table-section[data-behind], .table-section [data-behind], .map-frame [data-behind]',
            ),
        );
      }
      await session.browser.startTracing(page, {
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'blink.user_timing',
          ...(process.env.PROFILE ? ['disabled-by-default-v8.cpu_profiler'] : []),
        ],
      });
      await page.evaluate(
        async ([n, year]) => {
          const select = document.querySelector<HTMLSelectElement>('#ctl-sector')!;
          const options = [...select.options].map((o) => o.value);
          const stepNext = document.querySelector<HTMLButtonElement>('button[aria-label="Next year"]');
          const stepPrev = document.querySelector<HTMLButtonElement>('button[aria-label="Previous year"]');
          const paths = [...document.querySelectorAll<SVGPathElement>('path.area')];
          let prev = paths.map((p) => p.getAttribute('fill') ?? '');
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
            // An off-screen table and the map's names catch up in idle time (lib/state/catch-up): until they have, and are laid out.
            performance.mark('catch-start');
            while (
              document.querySelector(
                '.table-section[data-behind], .table-section [data-behind], .map-frame [data-behind]',
              )
            )
              await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
            void document.body.getBoundingClientRect().height;
            performance.mark('catch-end');
            const next = paths.map((p) => p.getAttribute('fill') ?? '');
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
            for (let k = 0; k < paths.length; k++) paths[k].setAttribute('fill', prev[k]);
            void document.body.getBoundingClientRect().height;
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
            performance.mark('bare-start');
            for (let k = 0; k < paths.length; k++) paths[k].setAttribute('fill', next[k]);
            void document.body.getBoundingClientRect().height;
            performance.mark('bare-end');
            prev = next;
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
          }
        },
        [Number(process.env.N ?? 10), year] as const,
      );
      const buf = await session.browser.stopTracing();
      const ev = (JSON.parse(buf.toString()) as { traceEvents: E[] }).traceEvents;
      const main = ev.find(
        (e) =>
          e.name === 'thread_name' &&
          e.args?.name === 'CrRendererMain' &&
          ev.some((f) => f.pid === e.pid && f.name === 'FunctionCall'),
      )!;
      const marks = ev
        .filter((e) => e.pid === main.pid && /^(sync|table|catch|bare)-(start|end)$/.test(e.name))
        .sort((a, b) => a.ts - b.ts);
      const win: Record<string, [number, number][]> = { sync: [], table: [], catch: [], bare: [] };
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
      // Style and layout wherever they happen (forced ones are nested in script); 'cpu': outermost tasks only.
      const res: Record<string, Record<string, number>> = {};
      for (const [p, w] of Object.entries(win)) {
        const r = (res[p] = { script: 0, style: 0, layout: 0 });
        for (const e of mine) {
          if (!w.some(([a, b]) => e.ts >= a && e.ts <= b)) continue;
          const t = (e.tdur ?? e.dur ?? 0) / 1000 / w.length;
          if (e.name === 'Layout') r.layout += t;
          else if (e.name === 'UpdateLayoutTree') r.style += t;
        }
        let end = -1;
        for (const e of mine) {
          if (!w.some(([a, b]) => e.ts >= a && e.ts <= b)) continue;
          if (e.ts < end) continue;
          end = e.ts + (e.dur ?? 0);
          r.script += (e.tdur ?? 0) / 1000 / w.length;
        }
      }
      const f = (p: string) => {
        const r = res[p];
        return `${p} cpu ${r.script.toFixed(1)} (st ${r.style.toFixed(1)} lay ${r.layout.toFixed(1)})`;
      };
      console.log(`${name.padEnd(12)} ${f('bare')} | ${f('sync')} | ${f('table')} | ${f('catch')}`);
      if (process.env.TASKS) {
        // TASKS=table: each outermost task in that phase, thread time per change, by what ran it.
        const w = win[process.env.TASKS];
        const by = new Map<string, number>();
        let end = -1;
        for (const e of mine) {
          if (!w.some(([a, b]) => e.ts >= a && e.ts <= b) || e.ts < end) continue;
          end = e.ts + (e.dur ?? 0);
          const fc = mine.find((f) => f.name === 'FunctionCall' && f.ts >= e.ts && f.ts <= end);
          const d = (
            (fc ?? e).args as unknown as { data?: { functionName?: string; lineNumber?: number; type?: string } }
          )?.data;
          const k = `${e.name} ${d?.functionName ?? d?.type ?? ''}:${d?.lineNumber ?? ''}`;
          by.set(k, (by.get(k) ?? 0) + (e.tdur ?? 0) / 1000 / w.length);
        }
        for (const [k, ms] of [...by].sort((a, b) => b[1] - a[1])) console.log(`  ${ms.toFixed(2).padStart(6)} ${k}`);
      }
      if (process.env.PROFILE) profile(ev, main.pid, win[process.env.PROFILE] ?? win.table);
      await context.close();
    }
} finally {
  await session.close();
}
