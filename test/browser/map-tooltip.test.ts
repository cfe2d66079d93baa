// Hover and keyboard focus show the right figures for a known area, checked against the cube.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openMap } from './browser';
import { parseAuditCsv } from '../../src/lib/data/parse';
import { buildCube } from '../../src/lib/data/cube';
import { locationQuotient } from '../../src/lib/metrics';

let browser: Browser;
let page: Page;

const cube = buildCube(parseAuditCsv(readFileSync('public/data/ubc-enterprises.csv', 'utf8')).rows);
const lqOf = (code: string) =>
  locationQuotient(cube, cube.areaIndex.get(code)!, cube.sectorIndex.get('3')!, cube.yearIndex.get('2022')!, 'E92000001');

beforeAll(async () => {
  browser = await launch();
  ({ page } = await openMap(browser, inject('baseUrl')));
});
afterAll(async () => browser?.close());

describe('tooltip', () => {
  it('shows the LQ of Black Country on hover, as the cube computes it', async () => {
    await page.locator('path.area[data-code="E37000001"]').hover();
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    const text = await tip.innerText();
    expect(text).toContain('Black Country');
    expect(text).toContain(lqOf('E37000001').toFixed(2));
    expect(text).toMatch(/Rank\s+1 of 38/);
  });

  it('shows the tooltip on keyboard focus too', async () => {
    await page.locator('path.area[data-code="E37000051"]').focus();
    const text = await page.getByRole('tooltip').innerText();
    expect(text).toContain('London');
    expect(text).toContain(lqOf('E37000051').toFixed(2));
  });

  it('highlights the same area in the ranking when hovering the map', async () => {
    await page.locator('path.area[data-code="E37000062"]').hover();
    await expect.poll(() => page.locator('.bar-row.hl').getAttribute('data-code')).toBe('E37000062');
  });

  it('highlights the map when hovering the ranking', async () => {
    await page.locator('.bar-row[data-code="E37000061"]').hover();
    await expect.poll(() => page.locator('path.area.highlighted').getAttribute('data-code')).toBe('E37000061');
  });
});
