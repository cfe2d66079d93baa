// The area profile's LQ bar chart: one bar per sector, in the order the cube gives, values on focus,
// and a bar opens that sector's trend.
import { describe, expect, it, type App } from './harness';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parseAuditCsv } from '../../src/lib/data/parse';
import { buildCube } from '../../src/lib/data/cube';
import { profileBars } from '../../src/lib/profile/lq-bars';
import { formatLq, formatShare, formatValue } from '../../src/lib/format';

const AREA = 'E37000001'; // Black Country LEP
const cube = buildCube(parseAuditCsv(readFileSync('public/data/ubc-enterprises.csv', 'utf8')).rows);
const expected = profileBars(cube, cube.areaIndex.get(AREA)!, cube.years.length - 1);

async function openProfile(app: App, query: string): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await app.open(query, { viewport: { width: 1280, height: 900 }, ready: 'none' });
  await page
    .getByRole('figure', { name: /Location quotient of every sector/ })
    .locator('svg')
    .getByRole('button')
    .first()
    .waitFor();
  // Every row drawn (a few rows per task on first show, aria-busy until then).
  await page.locator('svg[data-export="profile-bars"]:not([aria-busy])').waitFor();
  return { page, errors };
}

describe('area profile: LQ bars', () => {
  it('shows one bar per sector in LQ order, with the top sector first', async ({ app }) => {
    const { page, errors } = await openProfile(app, `?view=profile&area=${AREA}`);
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe('Black Country: what is it specialised in?');
    const chart = page.getByRole('figure', { name: /Location quotient of every sector in Black Country, 2022/ });
    const bars = chart.locator('svg').getByRole('button');
    expect(await bars.count()).toBe(cube.sectors.length);
    const order = await bars.evaluateAll((els) => els.map((e) => e.getAttribute('data-sector')));
    expect(order).toEqual(expected.map((b) => b.sector.code));
    const top = expected[0];
    expect(top.sector.name).toMatch(/Transport/);
    const firstName = await bars.first().getAttribute('aria-label');
    expect(firstName).toContain(top.sector.name);
    expect(firstName).toContain(formatLq(top.lq));
    // The line at 1 is named after the benchmark, and every drawn bar has the map's colour.
    expect(await chart.getByText('England = 1', { exact: true }).count()).toBe(1);
    const fills = await chart.locator('rect.bar').evaluateAll((els) => els.map((e) => e.getAttribute('fill')));
    expect(fills.every((f) => (f && f.startsWith('#')) || f?.startsWith('rgb'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('shows a bar’s value and share when it is focused', async ({ app }) => {
    const { page } = await openProfile(app, `?view=profile&area=${AREA}`);
    const chart = page.getByRole('figure', { name: /Location quotient of every sector/ });
    await chart.locator('svg').getByRole('button').first().focus();
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    const text = await tip.innerText();
    const top = expected[0];
    expect(text).toContain(top.sector.name);
    expect(text).toContain(formatLq(top.lq));
    expect(text).toContain(formatValue(top.value));
    expect(text).toContain(formatShare(top.share));
  });

  it('opens the trend of a sector when its bar is chosen', async ({ app }) => {
    const { page } = await openProfile(app, `?view=profile&area=${AREA}`);
    const chart = page.getByRole('figure', { name: /Location quotient of every sector/ });
    const top = expected[0];
    await chart.getByRole('button', { name: new RegExp(`^${top.sector.name.replace(/[()]/g, '.')}`) }).click();
    await page
      .getByRole('figure', { name: new RegExp(`^${top.sector.name.replace(/[()]/g, '.')} in Black Country`) })
      .waitFor();
    await expect.poll(() => page.url()).toContain(`sector=${top.sector.code}`);
  });

  it('has a table twin with every sector', async ({ app }) => {
    const { page } = await openProfile(app, `?view=profile&area=${AREA}`);
    await page.getByText('Table: location quotients by sector').click();
    const table = page.getByRole('table', { name: /Location quotient of every sector in Black Country/ });
    expect(await table.getByRole('row').count()).toBe(cube.sectors.length + 1);
  });
});
