// The specialisation bubble chart: one bubble per sector with data, quadrants labelled.
import { describe, expect, it } from './harness';
import { watchErrors } from './browser';
import { readFileSync } from 'node:fs';
import { parseAuditCsv } from '../../src/lib/data/parse';
import { buildCube } from '../../src/lib/data/cube';
import { bubbleInput, bubbleLayout } from '../../src/lib/profile/bubble';
import { labelPriority } from '../../src/lib/profile/bubble-labels';
import type { Page } from 'playwright-core';

function expectedBubbles(file: string, area: string): { drawn: string[]; omitted: number } {
  const cube = buildCube(parseAuditCsv(readFileSync(file, 'utf8')).rows);
  const input = bubbleInput(cube, cube.areaIndex.get(area)!, 0, cube.years.length - 1);
  const layout = bubbleLayout(input, { width: 600, height: 400, margin: { top: 10, right: 10, bottom: 40, left: 50 } });
  return { drawn: layout.bubbles.map((b) => b.code).sort(), omitted: layout.omitted.length };
}

describe('area profile: bubble chart', () => {
  it('draws one bubble per sector with data, each focusable, with the four quadrants named', async ({ app }) => {
    const want = expectedBubbles('public/data/ubc-enterprises.csv', 'E37000001');
    const { page, errors } = await app.open('?view=profile&area=E37000001', {
      viewport: { width: 1280, height: 900 },
      ready: 'none',
    });
    const chart = page.getByRole('figure', { name: /Specialisation and growth in Black Country, 2018–2022/ });
    await chart.locator('circle.bubble').first().waitFor();
    const bubbles = chart.locator('svg').getByRole('button');
    const codes = await bubbles.evaluateAll((els) => els.map((e) => e.getAttribute('data-sector')));
    expect([...codes].sort()).toEqual(want.drawn);
    expect(want.drawn.length).toBeGreaterThan(0);
    // On a narrow chart each corner label is two lines (tspans), so compare the text without spaces.
    const corners = await chart
      .locator('text.quad-label')
      .evaluateAll((els) => els.map((e) => e.textContent!.replace(/\s+/g, '')));
    for (const q of ['Specialised, growing faster', 'Not specialised, growing slower']) {
      expect(corners.filter((c) => c === q.replace(/\s+/g, ''))).toHaveLength(1);
    }
    await bubbles.first().focus();
    expect(await page.getByRole('tooltip').innerText()).toMatch(/Growth 2018–2022/);
    expect(errors).toEqual([]);
  });

  it('says how many sectors it leaves out when a figure is missing', async ({ app }) => {
    const want = expectedBubbles('public/data/aps-employment.csv', 'E06000001');
    expect(want.omitted).toBeGreaterThan(0);
    const { page } = await app.open('?dataset=aps-employment&view=profile&geo=lad&area=E06000001', {
      viewport: { width: 1280, height: 900 },
      ready: 'none',
    });
    const chart = page.getByRole('figure', { name: /Specialisation and growth in Hartlepool/ });
    await chart.locator('circle.bubble').first().waitFor();
    expect(await chart.locator('svg').getByRole('button').count()).toBe(want.drawn.length);
    expect(await chart.getByText(/sectors? not shown: no figure/).count()).toBe(1);
  });

  // Issue 17 item 7: "Agriculture" was written beside Cumbria's public administration bubble, and
  // Oxford's "Retail" over bubbles near LQ 1.3 while Retail is 0.92; Oxford's top sector had no label.
  it('labels sit on their bubbles (Cumbria, Oxford): each names its own bubble, covers no other, the top sector always named', async ({
    app,
  }) => {
    const cube = buildCube(parseAuditCsv(readFileSync('public/data/ubc-enterprises.csv', 'utf8')).rows);
    const page = await (await app.context({ viewport: { width: 1366, height: 768 } })).newPage();
    const errors = watchErrors(page);
    for (const [area, name] of [
      ['E37000007', 'Cumbria'],
      ['E07000178', 'Oxford'],
    ]) {
      const input = bubbleInput(cube, cube.areaIndex.get(area)!, 0, cube.years.length - 1);
      const top = labelPriority(input.sectors)[0];
      await page.goto(`${app.url()}?view=profile&geo=${area.startsWith('E37') ? 'lep' : 'lad'}&area=${area}`);
      for (const width of [1366, 390]) {
        await page.setViewportSize({ width, height: width > 800 ? 768 : 844 });
        const chart = page.locator('[data-chart="profile-bubble"]');
        await expect
          .poll(() =>
            chart
              .locator('svg')
              .getAttribute('width')
              .then((w) => Number(w) <= width),
          )
          .toBe(true);
        await chart.locator('text.label').first().waitFor();
        const found = await labelsOnBubbles(page);
        const where = `${name} at ${width} px`;
        expect(found.labels.length, where).toBeGreaterThanOrEqual(width > 800 ? 4 : 2);
        expect(found.labels, where).toContain(top);
        expect(found.problems, where).toEqual([]);
      }
    }
    expect(errors).toEqual([]);
  });
});

/** Reads every bubble label from the page and lists what is wrong with where it sits. */
async function labelsOnBubbles(page: Page): Promise<{ labels: string[]; problems: string[] }> {
  return page.locator('[data-chart="profile-bubble"] svg').evaluate((svg) => {
    const problems: string[] = [];
    const bubbles = [...svg.querySelectorAll('circle.bubble')].map((c) => ({
      code: c.getAttribute('data-sector')!,
      cx: Number(c.getAttribute('cx')),
      cy: Number(c.getAttribute('cy')),
      r: Number(c.getAttribute('r')),
      name: (c.getAttribute('aria-label') ?? '').split('.')[0],
    }));
    const labels = [...svg.querySelectorAll<SVGTextElement>('text.label')];
    for (const t of labels) {
      const code = t.getAttribute('data-sector')!;
      const own = bubbles.find((b) => b.code === code);
      if (!own) {
        problems.push(`label "${t.textContent}" names no bubble`);
        continue;
      }
      const text = (t.textContent ?? '').replace(/…$/, '');
      if (!own.name.startsWith(text)) problems.push(`label "${t.textContent}" on the bubble of ${own.name}`);
      // Its leader line ends on its bubble's edge; without one, the name's nearest point is 3 px from it.
      const leader = svg.querySelector(`line.leader[data-sector="${CSS.escape(code)}"]`);
      const [px, py, reach] = leader
        ? [Number(leader.getAttribute('x2')), Number(leader.getAttribute('y2')), own.r + 1]
        : [Number(t.getAttribute('data-attach-x')), Number(t.getAttribute('data-attach-y')), own.r + 3 + 1];
      const d = Math.hypot(px - own.cx, py - own.cy);
      if (!(d <= reach))
        problems.push(`${own.name}: label ${d.toFixed(1)} px from its bubble's centre, radius ${own.r.toFixed(1)}`);
      // The name itself covers no bubble (1 px allowed for anti-aliasing).
      const box = t.getBBox();
      for (const o of bubbles) {
        const nx = Math.max(box.x, Math.min(o.cx, box.x + box.width));
        const ny = Math.max(box.y, Math.min(o.cy, box.y + box.height));
        if (Math.hypot(nx - o.cx, ny - o.cy) < o.r - 1)
          problems.push(`label "${t.textContent}" covers the bubble of ${o.name}`);
      }
    }
    return { labels: labels.map((t) => t.getAttribute('data-sector')!), problems };
  });
}
