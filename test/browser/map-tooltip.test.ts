// Hover and keyboard focus show the right figures for a known area, checked against the cube.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from './harness';
import { parseAuditCsv } from '../../src/lib/data/parse';
import { buildCube } from '../../src/lib/data/cube';
import { locationQuotient, lqConfidenceInterval } from '../../src/lib/metrics';

const cube = buildCube(parseAuditCsv(readFileSync('public/data/ubc-enterprises.csv', 'utf8')).rows);
const lqOf = (code: string) =>
  locationQuotient(
    cube,
    cube.areaIndex.get(code)!,
    cube.sectorIndex.get('3')!,
    cube.yearIndex.get('2022')!,
    'E92000001',
  );

describe('tooltip', () => {
  it('shows the LQ of Black Country on hover, as the cube computes it, and what it means for a count', async ({
    app,
  }) => {
    const { page } = await app.open();
    await page.locator('path.area[data-code="E37000001"]').hover();
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    const text = await tip.innerText();
    expect(text).toContain('Black Country');
    expect(text).toContain(lqOf('E37000001').toFixed(2));
    expect(text).toMatch(/Rank\s+1 of 38/);
    // Issue 17 item 9: the tooltip says in one line what an LQ of this size means for this measure.
    // Black Country's manufacturing enterprises are in their thousands, far above the small-count line.
    const lq = lqOf('E37000001');
    expect(text).toContain(
      `A full count, not a survey, so no sampling error: ${Math.round((lq - 1) * 100)}% more concentrated here than in England.`,
    );
    expect(text).not.toMatch(/[▲▼]/);
  });

  it('shows the tooltip on keyboard focus too', async ({ app }) => {
    const { page } = await app.open();
    await page.locator('path.area[data-code="E37000051"]').focus();
    const text = await page.getByRole('tooltip').innerText();
    expect(text).toContain('London');
    expect(text).toContain(lqOf('E37000051').toFixed(2));
  });

  it('highlights the same area in the ranking when hovering the map, and the map when hovering the ranking', async ({
    app,
  }) => {
    const { page } = await app.open('', { ready: '.bar-row' });
    await page.locator('path.area[data-code="E37000062"]').hover();
    await expect.poll(() => page.locator('.bar-row.hl').getAttribute('data-code')).toBe('E37000062');
    await page.locator('.bar-row[data-code="E37000061"]').hover();
    await expect.poll(() => page.locator('path.area.highlighted').getAttribute('data-code')).toBe('E37000061');
  });
});

// Issue 17 item 9: the tooltip says in one line what an LQ of this size means for this measure.
describe('what the LQ means, in the tooltip', () => {
  it('a survey estimate (Annual Population Survey): its interval, whether it excludes 1, and ▲▼', async ({ app }) => {
    const aps = buildCube(parseAuditCsv(readFileSync('public/data/aps-employment.csv', 'utf8')).rows);
    const s = aps.sectorIndex.get('C')!;
    const y = aps.yearIndex.get('2022')!;
    const leps = [...aps.areaIndex].filter(([code]) => code.startsWith('E37'));
    const interval = (a: number) => lqConfidenceInterval(aps, a, s, y, 'E92000001');
    const above = leps.find(([, a]) => interval(a).significant === 'above')!;
    const spans = leps.find(([, a]) => interval(a).significant === 'no')!;
    expect(above && spans).toBeTruthy();
    const { page } = await app.open('?dataset=aps-employment&sector=C');
    await expect.poll(() => page.locator('#view-title').innerText()).toMatch(/^Manufacturing/);

    await page.locator(`path.area[data-code="${above[0]}"]`).hover();
    const tip = page.getByRole('tooltip');
    await expect.poll(() => tip.innerText()).toContain(aps.areas[above[1]].name);
    const up = interval(above[1]);
    const upText = await tip.innerText();
    expect(upText).toMatch(new RegExp(`Location quotient \\(England = 1\\)\\s+${up.lq.toFixed(2)} ▲`));
    expect(upText).toContain(
      `▲ Significantly above 1: its 95% interval, ${up.lower.toFixed(2)} to ${up.upper.toFixed(2)}, lies wholly above 1`,
    );

    await page.locator(`path.area[data-code="${spans[0]}"]`).hover();
    await expect.poll(() => tip.innerText()).toContain(aps.areas[spans[1]].name);
    const no = interval(spans[1]);
    const noText = await tip.innerText();
    expect(noText).toContain(
      `Not significantly different from 1: its 95% interval, ${no.lower.toFixed(2)} to ${no.upper.toFixed(2)}, includes 1`,
    );
    expect(noText).not.toMatch(/[▲▼]/);
  });
});
