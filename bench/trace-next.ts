// Where a what-next diagram's time goes after a click on a peer in the profile: a V8 CPU profile of
// ten clicks, as self time per function (build unminified: `npx vite build --minify false`; serves
// dist/ as is). A tool, not a figure: `npx tsx bench/trace-next.ts` (TRACE_URL='?dataset=gva-current&view=profile&area=E37000001').
import { serveAndLaunch } from './serve';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
const session = await serveAndLaunch();
try {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${session.base}${process.env.TRACE_URL ?? '?view=profile&area=E37000001'}`);
  await page.locator('svg[data-export="next-diagram"] circle').first().waitFor();
  await page.locator('.peers button.open').first().waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t = await page.evaluate(`(async () => {
    const out = [];
    for (let i = 0; i < 10; i++) {
      const peer = document.querySelector('.peers button.open');
      const name = peer.textContent.trim();
      const t0 = performance.now();
      peer.click();
      let bars = NaN;
      for (;;) {
        const head = document.querySelector('figure[aria-labelledby="profile-bars-title"] h3')?.textContent ?? '';
        if (Number.isNaN(bars) && head.includes(name)) bars = performance.now() - t0;
        const title = document.querySelector('figure[aria-labelledby="next-diagram-title"] h3')?.textContent ?? '';
        if (title.includes('in ' + name + ':')) break;
        await new Promise((r) => setTimeout(r, 0));
      }
      out.push([Math.round(bars), Math.round(performance.now() - t0)]);
      await new Promise((r) => setTimeout(r, 300));
    }
    return out;
  })()`);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  console.log('[bars, diagram] ms after each click:', JSON.stringify(t));
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30)
    .forEach(([k, v]) => console.log(v.toFixed(1).padStart(8), k));
} finally {
  await session.close();
}
