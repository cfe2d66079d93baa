// A suppressed cell appears as "no figure", never as a zero-length bar; CIs only where the data has them.
import { describe, expect, it } from './harness';
import { readFileSync } from 'node:fs';
import { parseAuditCsv } from '../../src/lib/data/parse';
import { buildCube } from '../../src/lib/data/cube';
import { profileBars } from '../../src/lib/profile/lq-bars';

const AREA = 'E06000001'; // Hartlepool: one sector suppressed in the APS in 2022
const cube = buildCube(parseAuditCsv(readFileSync('public/data/aps-employment.csv', 'utf8')).rows);
const bars = profileBars(cube, cube.areaIndex.get(AREA)!, cube.years.length - 1);
const missing = bars.filter((b) => b.missing);

describe('area profile: missing cells', () => {
  it('marks a suppressed sector as "no figure", with no bar', async ({ app }) => {
    expect(missing.length).toBe(1);
    const { page, errors } = await app.open(`?dataset=aps-employment&view=profile&geo=lad&area=${AREA}`, {
      viewport: { width: 1280, height: 900 },
      ready: 'none',
    });
    const chart = page.getByRole('figure', { name: /Location quotient of every sector in Hartlepool/ });
    await chart.locator('svg:not([aria-busy])').getByRole('button').first().waitFor();
    expect(await chart.locator('svg').getByRole('button').count()).toBe(cube.sectors.length);
    const row = chart.getByRole('button', { name: new RegExp(`^${missing[0].sector.name}`) });
    expect(await row.getAttribute('data-missing')).toBe('true');
    expect(await row.getAttribute('aria-label')).toMatch(/No figure: missing is not zero/);
    expect(await row.locator('rect.bar').count()).toBe(0);
    expect(await chart.getByText(/no figure: suppressed/).count()).toBe(1);
    // It is listed last, after every sector with a figure; those all have a bar.
    const last = chart.locator('svg').getByRole('button').last();
    expect(await last.getAttribute('data-sector')).toBe(missing[0].sector.code);
    expect(await chart.locator('rect.bar').count()).toBe(cube.sectors.length - 1);
    expect(errors).toEqual([]);
  });

  it('draws confidence whiskers and significance marks only for the dataset with intervals', async ({ app }) => {
    const { page } = await app.open(`?dataset=aps-employment&view=profile&geo=lad&area=${AREA}`, {
      viewport: { width: 1280, height: 900 },
      ready: 'none',
    });
    const chart = page.getByRole('figure', { name: /Location quotient of every sector/ });
    await chart.locator('svg').getByRole('button').first().waitFor();
    expect(await chart.locator('g.whisker').count()).toBe(bars.filter((b) => b.ci).length);
    const significant = bars.filter((b) => b.significant === 'above' || b.significant === 'below').length;
    expect(await chart.locator('tspan.sig').count()).toBe(significant);
    // The business counts publish no intervals: no whiskers there.
    await page.goto(`${app.url()}?view=profile&area=E37000001`);
    await page
      .getByRole('figure', { name: /Location quotient of every sector in Black Country/ })
      .locator('svg')
      .getByRole('button')
      .first()
      .waitFor();
    expect(await page.locator('g.whisker').count()).toBe(0);
  });
});
