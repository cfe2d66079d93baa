// Where a 1,000,000-row import goes, on the main thread and in the import worker: a Chromium trace
// (with V8's sampling profiler for every thread) from choosing the file until the validation report
// is shown. Prints the main thread's tasks over 30 ms (or 12.5 ms of CPU) with their trace events and
// the app's functions in them, then the worker's time by function between "Continue" and the report.
// A tool, not a figure: `npx tsx bench/trace-import.ts` (ROWS=400,50,50); build unminified first for
// readable names (`npx vite build --minify false`), or serve another build with SERVE_ROOT.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCanonicalCsv } from './generate';
import { serveAndLaunch } from './serve';

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      startTime?: number;
      cpuProfile?: {
        nodes?: { id: number; parent?: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}

interface Sample {
  ts: number;
  stack: string[];
}

/** Samples of each thread's V8 profile (ProfileChunk events), with their stacks as function keys. */
function samplesByThread(events: TraceEvent[]): Map<string, Sample[]> {
  const out = new Map<string, Sample[]>();
  const profiles = new Map<
    string,
    {
      thread: string;
      t: number;
      nodes: Map<number, { parent?: number; key: string }>;
    }
  >();
  for (const e of events) {
    if (e.name === 'Profile') {
      profiles.set(`${e.pid}:${e.id}`, { thread: `${e.pid}:${e.tid}`, t: e.args!.data!.startTime!, nodes: new Map() });
    }
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const p = profiles.get(`${e.pid}:${e.id}`);
    if (!p) continue;
    const cp = e.args!.data!.cpuProfile ?? {};
    for (const n of cp.nodes ?? []) {
      const f = n.callFrame;
      const key = `${f.functionName || '(anon)'} ${(f.url ?? '').replace(/^.*\//, '')}:${f.lineNumber + 1}`;
      p.nodes.set(n.id, { parent: n.parent, key });
    }
    const deltas = e.args!.data!.timeDeltas ?? [];
    const list = out.get(p.thread) ?? [];
    out.set(p.thread, list);
    (cp.samples ?? []).forEach((id, i) => {
      p.t += deltas[i];
      const stack: string[] = [];
      for (let x: number | undefined = id; x !== undefined; x = p.nodes.get(x)?.parent) {
        const n = p.nodes.get(x);
        if (!n) break;
        stack.push(n.key);
      }
      list.push({ ts: p.t, stack });
    });
  }
  for (const list of out.values()) list.sort((a, b) => a.ts - b.ts);
  return out;
}

/** Inclusive ms per function key over the samples in [from, to). */
function inclusive(samples: Sample[], from: number, to: number, appOnly: boolean): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    if (s.ts < from || s.ts >= to) continue;
    const dt = (i + 1 < samples.length ? samples[i + 1].ts - s.ts : 0) / 1000;
    const seen = new Set<string>();
    for (const k of s.stack) {
      if (appOnly && !/\.(js|ts)/.test(k)) continue;
      if (seen.has(k)) continue;
      seen.add(k);
      m.set(k, (m.get(k) ?? 0) + dt);
    }
    // Self time of the leaf too, under its own name, for the engine's frames (GC, program, idle).
    const leaf = `self: ${s.stack[0] ?? '(none)'}`;
    m.set(leaf, (m.get(leaf) ?? 0) + dt);
  }
  return m;
}

const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v.toFixed(1).padStart(7)} ${k}`);

function analyse(events: TraceEvent[]): void {
  const names = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const main = [...names].find(
    ([k, n]) => n === 'CrRendererMain' && events.some((e) => `${e.pid}:${e.tid}` === k && e.name === 'FunctionCall'),
  )?.[0];
  const workers = [...names].filter(([, n]) => n === 'DedicatedWorker thread').map(([k]) => k);
  const marks = new Map<string, number>();
  for (const e of events) if (e.name.startsWith('atlas-') && !marks.has(e.name)) marks.set(e.name, e.ts);
  console.log(
    'marks (ms from chosen):',
    [...marks].map(([k, v]) => `${k} ${((v - marks.get('atlas-chosen')!) / 1000).toFixed(0)}`).join(', '),
  );
  const samples = samplesByThread(events);

  const on = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur);
  const tasks = on.filter((e) => e.name === 'RunTask' && (e.dur! > 30_000 || (e.tdur ?? 0) > 12_500));
  const all = on.filter((e) => e.name === 'RunTask' && e.ts >= marks.get('atlas-chosen')! && (e.tdur ?? 0) > 8_000);
  // Each task named by the first of the app's components (or functions) in its busiest stack.
  const label = (task: TraceEvent) => {
    const m = inclusive(samples.get(main!) ?? [], task.ts, task.ts + task.dur!, false);
    const named = [...m]
      .filter(([k]) => /^[A-Z]\w+ ImportFlow|^(mb|focus|focusHeading|onmessage|worker\.onmessage) /.test(k))
      .sort((a, b) => b[1] - a[1]);
    const self = [...m].filter(([k]) => k.startsWith('self:')).sort((a, b) => b[1] - a[1]);
    return (named[0]?.[0] ?? self[0]?.[0] ?? '?').replace(/ \S+$/, '');
  };
  console.log('main-thread tasks over 8 ms of CPU (at ms from chosen: wall/CPU ms, what):');
  for (const e of all)
    console.log(
      `  ${((e.ts - marks.get('atlas-chosen')!) / 1000).toFixed(0)}: ${(e.dur! / 1000).toFixed(0)}/${((e.tdur ?? 0) / 1000).toFixed(0)} ${label(e)}`,
    );
  if (process.env.SUMMARY && !process.env.WORKER_FNS) return;
  if (process.env.SUMMARY) tasks.length = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const byName = new Map<string, number>();
    for (const e of on)
      if (e !== task && e.ts >= task.ts && e.ts < end) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur! / 1000);
    const at = ((task.ts - marks.get('atlas-chosen')!) / 1000).toFixed(0);
    console.log(
      `\nMain-thread task at ${at} ms, ${(task.dur! / 1000).toFixed(0)} ms (CPU ${((task.tdur ?? 0) / 1000).toFixed(0)} ms): ${top(byName, 10).join(' |')}`,
    );
    for (const line of top(inclusive(samples.get(main!) ?? [], task.ts, end, false), Number(process.env.LINES ?? 30)))
      console.log(`    ${line}`);
  }
  for (const w of workers) {
    const ws = samples.get(w) ?? [];
    if (ws.length === 0) continue;
    // WORKER_FNS=regex: only those functions' inclusive ms, Continue → report.
    if (process.env.WORKER_FNS) {
      const re = new RegExp(process.env.WORKER_FNS);
      const m = inclusive(ws, marks.get('atlas-continue')!, marks.get('atlas-report')!, false);
      console.log(`worker ${w}: ${top(new Map([...m].filter(([k]) => re.test(k))), 12).join(' |')}`);
      continue;
    }
    for (const [from, to] of [
      ['atlas-chosen', 'atlas-detected'],
      ['atlas-continue', 'atlas-report'],
    ]) {
      const a = marks.get(from)!;
      const b = marks.get(to)!;
      console.log(`\nWorker ${w}, ${from} → ${to} (${((b - a) / 1000).toFixed(0)} ms):`);
      for (const line of top(inclusive(ws, a, b, false), 45)) console.log(`    ${line}`);
    }
  }
  // The worker's own trace events between Continue and the report, by name.
  for (const w of workers) {
    const a = marks.get('atlas-continue')!;
    const b = marks.get('atlas-report')!;
    const byName = new Map<string, number>();
    for (const e of events)
      if (`${e.pid}:${e.tid}` === w && e.ph === 'X' && e.dur && e.ts >= a && e.ts < b)
        byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
    if (byName.size) console.log(`\nWorker ${w} trace events, Continue → report: ${top(byName, 12).join(' |')}`);
  }
}

if (process.env.TRACE_FILE) {
  analyse((JSON.parse(readFileSync(process.env.TRACE_FILE, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents);
} else {
  const [areas, sectors, years] = (process.env.ROWS ?? '400,50,50').split(',').map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'atlas-import-trace-'));
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
    const picker = panel.getByLabel('Choose a CSV file');
    await picker.waitFor();
    await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
    await session.browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'disabled-by-default-v8.cpu_profiler',
        'v8',
        'blink.user_timing',
      ],
    });
    const mark = (name: string) => page.evaluate((n) => performance.mark(n), name);
    await mark('atlas-chosen');
    await picker.setInputFiles(file);
    await panel.getByRole('heading', { name: /^What is in / }).waitFor({ timeout: 120_000 });
    await mark('atlas-detected');
    await panel.getByRole('button', { name: 'Continue' }).click();
    await mark('atlas-continue');
    await panel.getByRole('heading', { name: /^Report on / }).waitFor({ timeout: 300_000 });
    await mark('atlas-report');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
    const events = (JSON.parse((await session.browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] })
      .traceEvents;
    writeFileSync('bench/results/import-trace.json', JSON.stringify({ traceEvents: events }));
    analyse(events);

    await context.close();
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
