// The specialisation bubble chart: one bubble per sector with data, quadrants labelled.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launch, watchErrors } from './browser';
import { parseAuditCsv } from '../../src/lib/data/parse';
import { buildCube } from '../../src/lib/data/cube';
import { bubbleInput, bubbleLayout } from '../../src/lib/profile/bubble';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

function expectedBubbles(file: string, area: string): { drawn: string[]; omitted: number } {
  const cube = buildCube(parseAuditCsv(readFileSync(file, 'utf8')).rows);
  const input = bubbleInput(cube, cube.areaIndex.get(area)!, 0, cube.years.length - 1);
  const layout = bubbleLayout(input, { width: 600, height: 400, margin: { top: 10, right: 10, bottom: 40, left: 50 } });
  return { drawn: layout.bubbles.map((b) => b.code).sort(), omitted: layout.omitted.length };
}

describe('area profile: bubble chart', () => {
  it('draws one bubble per sector with data, each focusable, with the four quadrants named', async () => {
    const want = expectedBubbles('public/data/ubc-enterprises.csv', 'E37000001');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${inject('baseUrl')}?view=profile&area=E37000001`);
    const chart = page.getByRole('figure', { name: /Specialisation and growth in Black Country, 2018–2022/ });
    await chart.getByRole('button').first().waitFor();
    const bubbles = chart.getByRole('button');
    const codes = await bubbles.evaluateAll((els) => els.map((e) => e.getAttribute('data-sector')));
    expect([...codes].sort()).toEqual(want.drawn);
    expect(want.drawn.length).toBeGreaterThan(0);
    // On a narrow chart each corner label is two lines (tspans), so compare the text without spaces.
    const corners = await chart.locator('text.quad-label').evaluateAll((els) => els.map((e) => e.textContent!.replace(/\s+/g, '')));
    for (const q of ['Specialised, growing faster', 'Not specialised, growing slower']) {
      expect(corners.filter((c) => c === q.replace(/\s+/g, ''))).toHaveLength(1);
    }
    await bubbles.first().focus();
    expect(await page.getByRole('tooltip').innerText()).toMatch(/Growth 2018–2022/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says how many sectors it leaves out when a figure is missing', async () => {
    const want = expectedBubbles('public/data/aps-employment.csv', 'E06000001');
    expect(want.omitted).toBeGreaterThan(0);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${inject('baseUrl')}?dataset=aps-employment&view=profile&geo=lad&area=E06000001`);
    const chart = page.getByRole('figure', { name: /Specialisation and growth in Hartlepool/ });
    await chart.getByRole('button').first().waitFor();
    expect(await chart.getByRole('button').count()).toBe(want.drawn.length);
    expect(await chart.getByText(/sectors? not shown: no figure/).count()).toBe(1);
    await page.close();
  });
});
