// Compare: add one or two areas and see their LQs side by side, benchmark named.
import { describe, expect, it } from './harness';
import { readFileSync } from 'node:fs';
import { parseAuditCsv } from '../../src/lib/data/parse';
import { buildCube } from '../../src/lib/data/cube';
import { compareBars } from '../../src/lib/profile/lq-bars';

const cube = buildCube(parseAuditCsv(readFileSync('public/data/ubc-enterprises.csv', 'utf8')).rows);
const idx = (c: string) => cube.areaIndex.get(c)!;

describe('area profile: compare', () => {
  it('adds an area by search and shows both areas on one chart', async ({ app }) => {
    const want = compareBars(cube, [idx('E37000001'), idx('E37000062')], cube.years.length - 1);
    const { page, errors } = await app.open('?view=profile&area=E37000001', {
      viewport: { width: 1280, height: 900 },
      ready: 'none',
    });
    const search = page.getByRole('combobox', { name: 'Add an area to compare' });
    // 'Leeds' alone now puts Leeds the district first (an exact name leads), so name the LEP.
    await search.fill('Leeds City');
    await page
      .getByRole('listbox', { name: 'Matching areas' })
      .getByRole('option', { name: /Leeds City Region/ })
      .waitFor();
    await search.press('Enter');
    await expect.poll(() => page.url()).toContain('compare=E37000062');
    const chart = page.getByRole('figure', {
      name: /Black Country compared with England and Leeds City Region: location quotients, 2022/,
    });
    await chart.waitFor();
    expect(await chart.getByRole('list', { name: 'Areas', exact: true }).innerText()).toMatch(
      /Black Country[\s\S]*Leeds City Region/,
    );
    expect(await chart.getByText('England = 1', { exact: true }).count()).toBe(1);
    // Near the top: straight after the LQ bars and the bubble chart, before the time series.
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll('[data-chart]')].map((e) => e.getAttribute('data-chart')),
    );
    expect(charts.slice(0, 3)).toEqual(['profile-bars', 'profile-bubble', 'profile-compare']);
    const rows = chart.getByRole('group', { name: /Dot plot/ }).getByRole('button');
    expect(await rows.count()).toBe(cube.sectors.length);
    for (const [k, code] of ['E37000001', 'E37000062'].entries()) {
      const withLq = want.rows.filter((r) => r.cells[k].lq > 0).length;
      expect(await chart.locator(`path.mark[data-area="${code}"]`).count()).toBe(withLq);
    }
    // Rows follow the first area's LQ.
    const order = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-sector')));
    expect(order).toEqual(want.rows.map((r) => r.sector.code));
    expect(errors).toEqual([]);
  });

  it('shows three areas from the URL and lets one be removed', async ({ app }) => {
    const { page } = await app.open('?view=profile&area=E37000001&compare=E37000062,E37000051', {
      viewport: { width: 1280, height: 900 },
      ready: 'none',
    });
    const chart = page.getByRole('figure', {
      name: /Black Country compared with England, Leeds City Region and London: location quotients/,
    });
    await chart.waitFor();
    expect(await chart.locator('path.mark[data-area="E37000051"]').count()).toBeGreaterThan(0);
    // Column heads carry each area's full name (wrapped onto lines, never cut to "Leeds…").
    const heads = await chart
      .locator('text.col-head')
      .evaluateAll((els) => els.map((e) => [...e.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')));
    expect(heads).toEqual(['Black Country', 'Leeds City Region', 'London']);
    // The compare CSV holds every compared area: one row per area and sector.
    await chart.getByRole('button', { name: 'Share & download' }).click();
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: 'Data in this view (CSV)' }).click(),
    ]);
    const lines = readFileSync((await d.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const at = lines.findIndex((l) => /^"?area_code"?,/.test(l) && l.includes('sector_code'));
    expect(at).toBeGreaterThanOrEqual(0);
    const codes = lines
      .slice(at + 1)
      .filter(Boolean)
      .map((l) => l.split(',')[0].replace(/"/g, ''));
    expect(codes).toHaveLength(3 * cube.sectors.length);
    expect([...new Set(codes)]).toEqual(['E37000001', 'E37000062', 'E37000051']);
    await page.keyboard.press('Escape');
    // Two compared areas is the most: the search gives way to a note.
    expect(await page.getByRole('combobox', { name: /compare/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Stop comparing with London' }).click();
    await expect.poll(() => page.url()).not.toContain('E37000051');
    await page
      .getByRole('figure', { name: /^Black Country compared with England and Leeds City Region: location/ })
      .waitFor();
  });

  it('compares a peer with one click', async ({ app }) => {
    const { page } = await app.open('?view=profile&area=E37000001', {
      viewport: { width: 1280, height: 900 },
      ready: 'none',
    });
    const peer = page.getByRole('button', { name: /^Compare Black Country with / }).first();
    // Its name becomes 'Compared … with …' once pressed, so find it again by the peer's name.
    const peerName = (await peer.getAttribute('aria-label'))!.replace(/^Compare /, '');
    await peer.click();
    const pressed = page.getByRole('button', { name: `Compared ${peerName}`, exact: true });
    expect(await pressed.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('figure', { name: /^Black Country compared with / }).waitFor();
  });
});
