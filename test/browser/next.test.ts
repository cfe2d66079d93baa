// "What could come next" in an area profile: the smart-specialisation diagram, the ranked list with
// reasons and the backtest, the industry space with the area's specialisations lit up, and ECI.
import { describe, expect, it, type App, type Viewport } from './harness';
import { readFileSync } from 'node:fs';
import { screenshotPath } from './browser';
import { axe, describeFindings } from './a11y';
import { parseAuditCsv } from '../../src/lib/data/parse';
import { buildCube } from '../../src/lib/data/cube';
import { resolveBenchmark } from '../../src/lib/metrics/benchmark';
import { nextBase } from '../../src/lib/next/base';
import { areaNext, reasonInWords } from '../../src/lib/next/area-next';

// What the page should show for an area, worked out in Node from the same data (read once per file).
let enterprises: ReturnType<typeof buildCube> | undefined;
function expected(area: string) {
  const cube = (enterprises ??= buildCube(parseAuditCsv(readFileSync('public/data/ubc-enterprises.csv', 'utf8')).rows));
  const y = cube.years.length - 1;
  const bench = resolveBenchmark(cube);
  const base = nextBase(cube, y, bench)!;
  const next = areaNext(cube, cube.areaIndex.get(area)!, y, bench, base);
  return { next, base, cube };
}

async function openNext(app: App, query: string, viewport: Viewport = { width: 1280, height: 800 }) {
  const { page, errors } = await app.open(query, { viewport, ready: 'none' });
  const section = page.getByRole('region', { name: 'What could come next?' });
  await section
    .getByRole('figure', { name: /What could come next in/ })
    .getByRole('button')
    .first()
    .waitFor();
  return { page, errors, section };
}

describe('what could come next', () => {
  it('shows the diagram and the ranked opportunities with their reasons and the backtest', async ({ app }) => {
    const { next, base } = expected('E37000001');
    const { page, errors, section } = await openNext(app, '?view=profile&area=E37000001');
    const diagram = section.getByRole('figure', { name: /What could come next in Black Country/ });
    const drawn = next.sectors.filter((s) => Number.isFinite(s.density) && Number.isFinite(s.complexity)).length;
    expect(await diagram.locator('circle[role="button"]').count()).toBe(drawn);
    expect(await diagram.locator('text.quad-label', { hasText: 'Related and complex' }).count()).toBe(1);

    const items = section.locator('ol.list > li');
    expect(await items.count()).toBe(Math.min(8, next.opportunities.length));
    const first = next.opportunities[0];
    await expect.poll(() => items.first().innerText()).toContain(first.name);
    expect(await items.first().innerText()).toContain(reasonInWords(first));
    expect(reasonInWords(first)).toMatch(/^Related to your strengths in /);
    const auc = await section.getByTestId('next-auc').innerText();
    expect(auc).toContain(`AUC ${base.backtest!.density.auc.toFixed(2)}`);
    expect(await section.getByText('Associations, not forecasts.').count()).toBe(1);

    // Keyboard: a bubble is a button whose tooltip gives the relatedness; choosing a sector in the list
    // sets it in the address bar.
    await diagram.locator('circle[role="button"]').first().focus();
    expect(await page.getByRole('tooltip').innerText()).toMatch(/Relatedness density/);
    await items.first().getByRole('button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sector')).toBe(first.code);
    expect(errors).toEqual([]);
  });

  it('lights up the area’s specialisations in the industry space and gives its ECI', async ({ app }) => {
    const { next } = expected('E37000001');
    const { section } = await openNext(app, '?view=profile&area=E37000001');
    const space = section.getByRole('figure', {
      name: /The industry space, with Black Country's specialisations lit up/,
    });
    await space.getByRole('button').first().waitFor();
    expect(await space.locator('circle[role="button"]').count()).toBe(next.sectors.length);
    const held = await space
      .locator('circle[data-held="yes"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-sector')).sort());
    expect(held).toEqual(
      next.sectors
        .filter((s) => s.specialised)
        .map((s) => s.code)
        .sort(),
    );
    expect(held.length).toBeGreaterThan(0);
    const eci = await section.getByTestId('next-eci').innerText();
    expect(eci).toContain(`${next.eciRank} of ${next.eciOf} LEPs`);
  });

  it('uses the industry leaves of a dataset whose industries nest (GVA), never a parent beside its children', async ({
    app,
  }) => {
    const meta = JSON.parse(readFileSync('public/data/datasets.json', 'utf8')).datasets.find(
      (d: { id: string }) => d.id === 'gva-current',
    );
    const parents = new Set(Object.values(meta.sectorParent as Record<string, string>));
    const { section } = await openNext(app, '?dataset=gva-current&view=profile&geo=lad&area=E08000025');
    const space = section.getByRole('figure', { name: /The industry space/ });
    const codes = await space
      .locator('circle[role="button"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-sector')!));
    // 49 industries: 37 leaves, less imputed rent (68IMP), which the dataset leaves out of its measures.
    expect(codes).toHaveLength(36);
    expect(codes.filter((c) => parents.has(c))).toEqual([]);
    expect(codes).not.toContain('68IMP');
  });

  it('on a research dataset, says it works on business data and links to the area on enterprises', async ({ app }) => {
    // REF subjects are not industries: no relatedness, industry space or "sectors to grow into" over them.
    const { page, errors } = await app.open('?view=profile&dataset=ref2021-4star-fte&area=E37000001', {
      viewport: { width: 1280, height: 800 },
      ready: 'none',
    });
    const section = page.getByRole('region', { name: 'What could come next?' });
    await section.waitFor();
    expect(await section.getAttribute('data-testid')).toBe('next-on-business');
    const text = await section.innerText();
    expect(text).toMatch(/works on business data/);
    expect(text).not.toMatch(/diversify|grow into\?|Economic complexity index|industry space/i);
    expect(await section.getByRole('figure').count()).toBe(0);
    expect(describeFindings(await axe(page, { include: '[data-testid="next-on-business"]' }))).toEqual([]);
    await section.screenshot({ path: screenshotPath('next-research-1280') });
    // The link keeps the area and opens its profile on enterprises, where the section is drawn.
    const link = section.getByRole('link', {
      name: 'What could come next for Black Country, on enterprises by industry',
    });
    const href = new URLSearchParams((await link.getAttribute('href'))!.split('?')[1]);
    expect([href.get('view'), href.get('area'), href.get('sector')]).toEqual(['profile', 'E37000001', null]);
    await link.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('dataset')).toBeNull(); // the default, enterprises
    await section.getByRole('figure', { name: /What could come next in Black Country/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('area')).toBe('E37000001');
    expect(errors).toEqual([]);
  });

  it('an embed of one of its charts on data it does not draw says so in words, never an empty frame', async ({
    app,
  }) => {
    // An old link to the industry space on UKRI awards: the chart named, why, and the link to enterprises.
    const ukri = await app.open('?view=profile&dataset=ukri-awarded&area=E37000001&chart=next-space&embed', {
      viewport: { width: 320, height: 640 },
      ready: '[data-testid="chart-not-drawn"]',
    });
    const said = ukri.page.getByTestId('chart-not-drawn');
    expect(await said.innerText()).toBe(
      'The industry space works on business data: it is worked out from which industries districts specialise in together, counted in enterprises. Research councils are not industries a place grows into, so it is not drawn for them.',
    );
    const link = ukri.page.getByRole('link', {
      name: 'What could come next for Black Country, on enterprises by industry',
    });
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await ukri.page.locator('main figure, main svg').count()).toBe(0);
    expect(describeFindings(await axe(ukri.page, { include: 'main' }))).toEqual([]);
    expect(ukri.errors).toEqual([]);
    await app.done(ukri.page);
    // On an indicator (an index) the profile draws none of the charts of shares or LQs: each says why.
    for (const id of ['next-diagram', 'profile-bubble', 'profile-shift-share']) {
      const { page, errors } = await app.open(
        `?view=profile&dataset=productivity&geo=lad&area=E08000025&chart=${id}&embed`,
        { viewport: { width: 800, height: 640 }, ready: '[data-testid="chart-not-drawn"]' },
      );
      expect(await page.getByTestId('chart-not-drawn').innerText(), id).toMatch(
        /Labour productivity index \(UK = 100\) is an indicator, so the chart is not drawn for it\.$/,
      );
      expect(errors, id).toEqual([]);
      await app.done(page);
    }
  });

  it('passes the WCAG 2.2 A/AA checks of axe-core', async ({ app }) => {
    const { page } = await openNext(app, '?view=profile&area=E37000001');
    expect(describeFindings(await axe(page, { include: 'section.next' }))).toEqual([]);
  });

  it('looks right at 1280 × 800 and at 360 px', async ({ app }) => {
    for (const [name, viewport] of [
      ['next-1280', { width: 1280, height: 800 }],
      ['next-360', { width: 360, height: 740 }],
    ] as const) {
      const { page, errors, section } = await openNext(app, '?view=profile&geo=lad&area=E08000025', viewport);
      await section.scrollIntoViewIfNeeded();
      // No part of the section is wider than the page.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await section.screenshot({ path: screenshotPath(name) });
      expect(errors).toEqual([]);
    }
  });
});
