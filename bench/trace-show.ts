// Where "Show this data" goes after a 1,000,000-row import: a V8 CPU profile of the click until the
// table is drawn, summarised as inclusive time per function of the app's own code (build unminified
// first for readable names: `npx vite build --minify false`; it serves dist/ as it is). A tool, not a figure:
// `npx tsx bench/trace-show.ts` (ROWS=400,50,50). The profile is kept in bench/results/show.cpuprofile.
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
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await panel.getByRole('button', { name: 'Show this data' }).click();
  await page.waitForURL(/dataset=local-/);
  await page.waitForFunction(() => document.querySelector('.table-section tbody tr') !== null, null, {
    timeout: 60_000,
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
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
  await context.close();
} finally {
  await session.close();
  rmSync(dir, { recursive: true, force: true });
}
