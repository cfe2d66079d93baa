// The map is drawn first, on its own; the controls, ranking and table follow a frame later, in
// places kept for them, so nothing already on screen moves as they fill in.
import { describe, expect, it, type App, type Viewport } from './harness';

type Box = { x: number; y: number; width: number; height: number };
const WATCHED = { map: '.map-frame svg', legend: 'figure.legend', title: '#view-title', search: '.tools input' };

async function openAndWatch(app: App, viewport: Viewport) {
  const page = await (await app.context({ viewport })).newPage();
  // When the first map frame is painted, note what the page held and where things were.
  await page.addInitScript((watched: Record<string, string>) => {
    const w = window as unknown as {
      firstMap: { controls: boolean; ranking: boolean; boxes: Record<string, Box | null> } | null;
    };
    w.firstMap = null;
    new PerformanceObserver((list) => {
      if (w.firstMap || !list.getEntries().some((e) => e.name === 'atlas:map-painted')) return;
      const boxes: Record<string, Box | null> = {};
      for (const [k, sel] of Object.entries(watched)) {
        const r = document.querySelector(sel)?.getBoundingClientRect();
        boxes[k] = r ? { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height } : null;
      }
      w.firstMap = {
        controls: document.querySelector('form.controls') !== null,
        ranking: document.querySelector('.ranking') !== null,
        boxes,
      };
    }).observe({ type: 'mark', buffered: true });
  }, WATCHED);
  await page.goto(app.url());
  await page.locator('tbody tr').first().waitFor();
  await page.getByLabel('Sector').waitFor({ state: 'attached' });
  await page.locator('.ranking svg').waitFor();
  const result = await page.evaluate((watched) => {
    const now: Record<string, Box | null> = {};
    for (const [k, sel] of Object.entries(watched)) {
      const r = document.querySelector(sel)?.getBoundingClientRect();
      now[k] = r ? { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height } : null;
    }
    return { first: (window as unknown as { firstMap: unknown }).firstMap, now };
  }, WATCHED);
  return result as {
    first: { controls: boolean; ranking: boolean; boxes: Record<string, Box | null> };
    now: Record<string, Box | null>;
  };
}

function expectSamePlaces(first: Record<string, Box | null>, now: Record<string, Box | null>) {
  for (const k of Object.keys(WATCHED)) {
    expect(first[k], `${k} in the first map frame`).not.toBeNull();
    for (const d of ['x', 'y', 'width', 'height'] as const) {
      expect(Math.abs(first[k]![d] - now[k]![d]), `${k} ${d}`).toBeLessThan(1);
    }
  }
}

describe('the first frame', () => {
  it('at 1280 × 800: the map comes first, then the controls and ranking, and nothing moves', async ({ app }) => {
    const { first, now } = await openAndWatch(app, { width: 1280, height: 800 });
    expect(first.controls).toBe(false);
    expect(first.ranking).toBe(false);
    expectSamePlaces(first.boxes, now);
  });

  it('at 375 × 740 (a phone): nothing moves either', async ({ app }) => {
    const { first, now } = await openAndWatch(app, { width: 375, height: 740 });
    expectSamePlaces(first.boxes, now);
  });
});
