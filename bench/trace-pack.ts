// Where the first evidence-pack open goes: a V8 CPU profile from the click to the ready pack, as
// self time per function (build unminified: `npx vite build --minify false`; serves dist/ as is).
// A tool, not a figure: `npx tsx bench/trace-pack.ts`; `-- docx` profiles a later click on
// "Download as Word" instead (the pack open and its chart images made first).
import { serveAndLaunch } from './serve';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
const session = await serveAndLaunch();
try {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${session.base}?view=profile&area=E37000001`);
  await page.locator('p.pack-link a').waitFor();
  await page.locator('.bar-row').first().waitFor();
  const cdp = await page.context().newCDPSession(page);
  if (process.argv.includes('docx')) {
    await page.locator('p.pack-link a').click();
    await page.locator('section.pack[data-ready]').waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('pack:docx-start').length === 0);
    await page.locator('.pack-tools button:nth-of-type(3)').click();
    await page.waitForFunction(() => performance.getEntriesByName('pack:docx-ready').length === 1);
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t = process.argv.includes('docx')
    ? await page.evaluate(`(async () => {
    const t0 = performance.now();
    document.querySelector('.pack-tools button:nth-of-type(3)').click();
    while (performance.getEntriesByName('pack:docx-ready').length < 2) await new Promise((r) => setTimeout(r, 0));
    const at = (m) => performance.getEntriesByName(m).at(-1).startTime - t0;
    return { total: performance.now() - t0, images: at('pack:docx-images'), ready: at('pack:docx-ready') };
  })()`)
    : await page.evaluate(`(async () => {
    performance.mark('bench:click');
    const t0 = performance.now();
    document.querySelector('p.pack-link a').click();
    for (;;) {
      if (document.querySelector('section.pack[data-ready]') && document.querySelectorAll('[data-pack-chart] .bar-row').length) break;
      await new Promise((r) => setTimeout(r, 0));
    }
    const r = { total: performance.now() - t0 };
    for (const e of performance.getEntriesByType('resource')) if (e.startTime >= t0 - 1) r[e.name.split('/').pop()] = (e.startTime - t0).toFixed(0) + '→' + (e.responseEnd - t0).toFixed(0);
    for (const m of ['pack:start', 'pack:strands', 'b0','b1','b2','b3','b4','b5','b6', 'pack:ready', 'pack:summary']) r[m] = (performance.getEntriesByName(m).at(-1)?.startTime ?? NaN) - t0;
    return r;
  })()`);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  console.log(t);
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .forEach(([k, v]) => console.log(v.toFixed(1).padStart(8), k));
} finally {
  await session.close();
}
