// GVA on the April 2023 districts: the map draws 296 districts and 38 LEPs from the boundaries the
// dataset's codes belong to, the sector picker lists the industry tree and picks a division, and a
// user's CSV with 2023 district codes draws on the 2023 boundaries too.
import { describe, expect, it } from './harness';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { screenshotPath } from './browser';
import { axe, describeFindings } from './a11y';

const GVA_DISTRICTS = '?dataset=gva-current&geo=lad';

const areaCodes = (page: Page) =>
  page.locator('path.area').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-code')));

describe('GVA by industry', () => {
  it('draws the 296 districts of April 2023, North Yorkshire as one, and the 38 LEPs', async ({ app }) => {
    const { page, errors } = await app.open(GVA_DISTRICTS);
    await expect.poll(() => page.locator('path.area').count()).toBe(296);
    const codes = await areaCodes(page);
    expect(codes).toContain('E06000065'); // North Yorkshire (2023)
    expect(codes).not.toContain('E07000163'); // Craven (2021), now part of it
    expect(await page.getByText('Districts (296)').count()).toBe(1);
    // An LQ is a share of the area's GVA, said so: not a bare "£m".
    expect(await page.locator('.lede').innerText()).toMatch(
      /a sector's share of an area's £m GVA with its share in England/,
    );
    await page.screenshot({ path: screenshotPath('gva-districts') });
    // ONS's suppressed cells ([c]) read as ONS words them, never as a bare "no figure" or zero:
    // Cornwall's agriculture and mining, on the map's name, the legend and the table.
    await page.locator('#ctl-sector').selectOption('AB (1-9)');
    await expect
      .poll(() => page.locator('path.area[data-code="E06000052"]').getAttribute('aria-label'))
      .toBe('Cornwall: no figure, suppressed (disclosive)');
    expect(await page.locator('.legend').innerText()).toMatch(/No figure: suppressed \(disclosive\); not zero/);
    // The table follows the map (a frame or more later under load): wait for its footnote.
    await expect
      .poll(() => page.locator('.footnotes').innerText())
      .toMatch(/Suppressed \(disclosive\): suppressed by ONS/);
    await page.getByLabel('LEPs (38)').check();
    await expect.poll(() => page.locator('path.area').count()).toBe(38);
    expect(errors).toEqual([]);
  });

  it('lists the industry tree in the sector picker and picks a division', async ({ app }) => {
    const { page, errors } = await app.open(GVA_DISTRICTS);
    const picker = page.getByLabel('Sector');
    const depth = (code: string) => picker.locator(`option[value="${code}"]`).getAttribute('data-depth');
    expect(await depth('Total')).toBe('0');
    expect(await depth('C (10-33)')).toBe('2');
    expect(await depth('CI-CL (26-30)')).toBe('3');
    // Parents come before their children.
    const values = await picker.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(values.indexOf('C (10-33)')).toBeLessThan(values.indexOf('CI-CL (26-30)'));
    expect(values.indexOf('A-E')).toBeLessThan(values.indexOf('C (10-33)'));
    // Imputed rent is listed, marked as left out of totals.
    expect(await picker.locator('option[value="68IMP"]').innerText()).toMatch(/left out of totals/);
    await picker.focus();
    await picker.selectOption('CI-CL (26-30)');
    await expect.poll(() => page.locator('h2').first().innerText()).toMatch(/electrical products and machinery/i);
    await expect.poll(() => page.url()).toContain('sector=CI-CL');
    // The closed picker shows the chosen division's name without the tree's indent.
    expect(await picker.locator('option:checked').innerText()).toBe('Manufacture of electrical products and machinery');
    await page.screenshot({ path: screenshotPath('gva-division') });

    // "Where could this sector grow next?": relatedness density on the map, ranking and table, with its caveat.
    const show = page.locator('#ctl-show');
    await show.selectOption('density');
    await expect
      .poll(() => page.locator('h2').first().innerText())
      .toMatch(/electrical products and machinery: where could it grow next\? Relatedness density by district/i);
    const note = page.locator('[data-next-note]');
    expect(await note.innerText()).toMatch(/statistical associations, not forecasts/);
    await expect.poll(() => page.getByRole('columnheader', { name: /Relatedness density/ }).count()).toBe(1);
    // Every district has a figure between 0% and 100%: none hatched as missing.
    const cells = page.locator('table tbody tr td:last-child');
    await expect.poll(() => cells.count()).toBeGreaterThan(10);
    // The table's rows follow the heading a frame later (lib/state/deferred): wait for them.
    await expect
      .poll(async () => (await cells.allInnerTexts()).filter((t) => !/^\d+(\.\d)?%$/.test(t.trim())))
      .toEqual([]);
    expect(await page.locator('.legend').innerText()).toMatch(/%/);
    await page.screenshot({ path: screenshotPath('gva-density-map') });
    // A parent industry has no density: the note says to pick one of its parts.
    await page.locator('#ctl-sector').selectOption('C (10-33)');
    await expect.poll(() => note.innerText()).toMatch(/Manufacturing is made of smaller industries/);
    // ECI: one figure per district whatever the sector, said so.
    await show.selectOption('eci');
    await expect.poll(() => page.locator('h2').first().innerText()).toBe('Economic complexity (ECI) by district');
    expect(await note.innerText()).toMatch(/the sector picker does not change it/);
    await expect.poll(() => page.url()).toContain('metric=eci');
    await expect.poll(() => page.getByRole('columnheader', { name: /Economic complexity/ }).count()).toBe(1);
    expect(describeFindings(await axe(page, { include: '[data-next-note]' }))).toEqual([]);
    // Back to density from the parent Manufacturing (chosen above): its first part is shown, not a map
    // all hatched, and the note names the benchmark the specialisations are measured against.
    await show.selectOption('density');
    await expect.poll(() => page.locator('#ctl-sector').inputValue()).toBe('CA-CB (10-15)');
    await expect.poll(() => note.innerText()).toMatch(/measured against England, the benchmark chosen/);
    await expect.poll(() => page.url()).toContain('sector=CA-CB');
    expect(errors).toEqual([]);
  });

  it('steps and plays through the years on the map', async ({ app }) => {
    const { page, errors } = await app.open(GVA_DISTRICTS + '&year=2020');
    const year = page.getByLabel('Year', { exact: true });
    expect(await year.inputValue()).toBe('2020');
    await page.getByRole('button', { name: 'Next year' }).click();
    await expect.poll(() => year.inputValue()).toBe('2021');
    await page.getByRole('button', { name: 'Previous year' }).click();
    await expect.poll(() => year.inputValue()).toBe('2020');
    const play = page.getByRole('button', { name: 'Play' });
    await play.click();
    expect(await page.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed')).toBe('true');
    // Plays 2021, 2022, 2023 and stops at the last year.
    await expect.poll(() => year.inputValue(), { timeout: 15_000 }).toBe('2023');
    await expect.poll(() => page.getByRole('button', { name: 'Play' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Next year' }).isDisabled()).toBe(true);
    // The map's subtitle names the year shown.
    expect(await page.getByText(/Manufacturing, 2023;/).count()).toBeGreaterThan(0);
    await page.locator('.year-player').screenshot({ path: screenshotPath('gva-year-player') });
    expect(errors).toEqual([]);
  });

  it('says why productivity has no LEP figures instead of averaging district indices', async ({ app }) => {
    const { page, errors } = await app.open('?dataset=productivity&geo=lep');
    await expect.poll(() => page.locator('path.area').count()).toBe(296);
    expect(await page.locator('input[name="geography"][value="lep"]').isDisabled()).toBe(true);
    const why = /not an average of its districts' indices, and these files carry no hours or jobs/;
    expect(await page.locator('#ctl-no-lep').innerText()).toMatch(why);
    expect(await page.locator('[data-no-lep]').innerText()).toMatch(why);
    // An index (UK = 100) is its own comparison: the subtitle names no "Sum of 296 areas" benchmark.
    const subtitle = await page.locator('.view-head .view-subtitle').innerText();
    expect(subtitle).toMatch(/296 local authority districts/);
    expect(subtitle).not.toMatch(/Benchmark|Sum of/);
    // The ranking's bars grow from UK = 100, named so (not "0"), bars on both sides of its line.
    const centre = page.locator('.ranking text.centre-label');
    await expect.poll(() => centre.textContent()).toBe('UK = 100');
    const line = await page.locator('.ranking line.centre').evaluate((el) => {
      const l = el as unknown as SVGLineElement;
      const bars = [...l.ownerSVGElement!.querySelectorAll('path, rect')].map((b) =>
        (b as SVGGraphicsElement).getBBox(),
      );
      return {
        x: Number(l.getAttribute('x1')),
        left: Math.min(...bars.map((b) => b.x)),
        right: Math.max(...bars.map((b) => b.x + b.width)),
        // The bars' room: from 4 px (no name labels beside 296 bars) to the width less the 48 px of values.
        mid: (4 + l.ownerSVGElement!.width.baseVal.value - 48) / 2,
      };
    });
    expect(line.x - line.left).toBeGreaterThan(10);
    expect(line.right - line.x).toBeGreaterThan(10);
    // …and the axis is centred on 100, so the line sits mid-way across the bars' room.
    expect(Math.abs(line.x - line.mid)).toBeLessThan(2);
    // The table is ordered by the index it shows, highest first (not by an LQ it has no column for),
    // and names each district's LEP, not its code (the 2023 districts' lookup keeps the LEP names).
    const table = page.locator('.table-section table');
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(10);
    expect(await table.locator('thead th').nth(1).getAttribute('aria-sort')).toBe('descending');
    const values = (await table.locator('tbody tr td.numeric').allInnerTexts()).map(Number);
    expect(values.length).toBeGreaterThan(10);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const leps = await table.locator('tbody .leps').allInnerTexts();
    expect(leps.length).toBeGreaterThan(10);
    for (const l of leps) expect(l).toMatch(/^LEP: [A-Z][a-z]/);
    expect(errors).toEqual([]);
  });

  it('does not play by itself when the system asks for reduced motion', async ({ app }) => {
    const { page } = await app.open(GVA_DISTRICTS + '&year=2020', { reducedMotion: 'reduce' });
    // The year player is drawn (its steps are there), without Play.
    await page.getByRole('button', { name: 'Previous year' }).waitFor();
    expect(await page.getByRole('button', { name: 'Play' }).count()).toBe(0);
  });

  it('draws a CSV with April 2023 district codes on the 2023 boundaries', async ({ app }) => {
    const { page, errors } = await app.open(GVA_DISTRICTS);
    const lines = ['area_code,area_name,sector_code,sector_name,year,value'];
    const areas = [
      ['E06000065', 'North Yorkshire'],
      ['E06000066', 'Somerset'],
      ['E06000001', 'Hartlepool'],
    ];
    // Sectors that nest, as ONS wide tables do: a total row, two sections, manufacturing's divisions.
    areas.forEach(([code, name], i) => {
      lines.push(`${code},${name},Total,All industries,2023,400`);
      lines.push(`${code},${name},C,Manufacturing,2023,${100 + i * 10}`);
      lines.push(`${code},${name},CA (10-15),Food and textiles,2023,60`);
      lines.push(`${code},${name},CB (16-33),Other manufacturing,2023,${40 + i * 10}`);
      lines.push(`${code},${name},S,Services,2023,${300 - i * 10}`);
    });
    await page.getByRole('button', { name: 'Load your own CSV' }).click();
    const panel = page.getByRole('region', { name: 'Load your own CSV' });
    await panel.getByLabel('Choose a CSV file').setInputFiles({
      name: 'unitaries-2023.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n') + '\n'),
    });
    await panel.getByRole('button', { name: 'Continue' }).click();
    await panel.getByRole('heading', { name: 'Report on unitaries-2023.csv' }).waitFor();
    // Every code matches a boundary.
    expect(await panel.getByText('Every area in this file has a boundary on the map.').count()).toBe(1);
    // The overlapping rows are detected: the total row is the areas' total, and a level can be chosen.
    const nest = panel.locator('[data-sector-nesting]');
    expect(await nest.innerText()).toMatch(
      /Overlapping rows detected: .*“CA \(10-15\)” is inside “C”.*The row “Total” is the all-industries total/s,
    );
    const tree = nest.getByRole('radio', { name: /As a tree of 3 levels/ });
    expect(await tree.isChecked()).toBe(true);
    expect(await nest.getByRole('radio', { name: 'Only level 1: 2 sectors (C, S)' }).count()).toBe(1);
    expect(await nest.getByRole('radio', { name: /Only level 2: 3 sectors/ }).count()).toBe(1);
    expect(describeFindings(await axe(page, { include: '[data-sector-nesting]' }))).toEqual([]);
    await nest.screenshot({ path: screenshotPath('gva-own-csv-nested') });
    await panel.getByRole('button', { name: 'Show this data' }).click();
    await panel.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('path.area').count()).toBe(296);
    const filled = await page.locator('path.area[data-code="E06000065"]').evaluate((p) => getComputedStyle(p).fill);
    const empty = await page.locator('path.area[data-code="E06000002"]').evaluate((p) => getComputedStyle(p).fill);
    expect(filled).not.toBe(empty); // North Yorkshire has a figure, Middlesbrough none
    await page.screenshot({ path: screenshotPath('gva-own-csv-2023') });
    expect(errors).toEqual([]);
  });
});

describe('GVA area profile', () => {
  it('ranks the finest sectors that do not overlap, with the series over 26 years', async ({ app }) => {
    const { page, errors } = await app.open('?dataset=gva-current&view=profile&area=E37000001', { ready: 'none' });
    await page.getByRole('heading', { name: /Black Country: what is it specialised in/ }).waitFor();
    const brief = await page.getByText(/Hirschman–Herfindahl index/).innerText();
    // Over the 36 leaves (49 codes less 12 parents and imputed rent), never the overlapping 49.
    expect(brief).toMatch(/over 36 sectors/);
    expect(brief).not.toMatch(/All industries/);
    await expect.poll(() => page.getByText(/1998–2023/).count()).toBeGreaterThan(0);

    // The LQ chart shows one level of the tree (20 sectors, none inside another), not the 49 rows.
    const lqChart = page.locator('[data-chart="profile-bars"]');
    await expect.poll(() => lqChart.locator('g.bar-row').count()).toBe(20);
    expect(await lqChart.locator('g.bar-row[data-sector="Total"]').count()).toBe(0);
    expect(await lqChart.locator('g.bar-row[data-sector="CA-CB (10-15)"]').count()).toBe(0);
    expect(await lqChart.locator('g.bar-row[data-sector="C (10-33)"]').count()).toBe(1);
    // Manufacturing opens from the keyboard: its six divisions are listed under it, said, and kept in the link.
    const open = lqChart.locator('button.open-toggle[data-sector="C (10-33)"]');
    expect(await open.getAttribute('aria-expanded')).toBe('false');
    await open.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => open.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => lqChart.locator('g.bar-row').count()).toBe(26);
    const order = await lqChart.locator('g.bar-row').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-sector')));
    const mfg = order.indexOf('C (10-33)');
    expect(order.slice(mfg + 1, mfg + 7).sort()).toEqual(
      ['CA-CB (10-15)', 'CC (16-18)', 'CD-CG (19-23)', 'CH (24-25)', 'CI-CL (26-30)', 'CM (31-33)'].sort(),
    );
    expect(await lqChart.locator('[role="status"]').textContent()).toBe(
      'Showing the 6 industries within Manufacturing.',
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('open')).toBe('C (10-33)');
    expect(describeFindings(await axe(page, { include: '[data-chart="profile-bars"]' }))).toEqual([]);
    await page.setViewportSize({ width: 320, height: 900 });
    await lqChart.screenshot({ path: screenshotPath('gva-profile-tree-320') });
    await page.setViewportSize({ width: 1280, height: 900 });
    await lqChart.screenshot({ path: screenshotPath('gva-profile-tree-1280') });
    await open.click();
    await expect.poll(() => lqChart.locator('g.bar-row').count()).toBe(20);
    await expect.poll(() => new URL(page.url()).searchParams.get('open')).toBeNull();

    // Specialisation against productivity: eight broad groups by GVA per worker, each leaf a dot.
    const chart = page.locator('[data-chart="profile-productivity"]');
    await chart.locator('svg circle.dot').first().waitFor();
    await expect.poll(() => chart.locator('svg .group-label').count()).toBe(8);
    // 36 leaves, each in a group; the ones with no figure are named in words, never drawn at 0.
    const dots = await chart.locator('svg circle.dot').count();
    const noFigure = await chart.locator('[data-no-figure]').count();
    expect(dots).toBeGreaterThan(25);
    expect(dots).toBeLessThanOrEqual(36);
    if (dots < 36) expect(noFigure).toBe(1);
    // Groups run from the highest GVA per worker down; England's line sits among them.
    const figures = await chart
      .locator('svg .group-label')
      .evaluateAll((ts) => ts.map((t) => Number(/£([\d,]+)k/.exec(t.textContent ?? '')![1].replace(',', ''))));
    expect(figures).toEqual([...figures].sort((a, b) => b - a));
    expect(await chart.locator('svg .england-label').textContent()).toMatch(
      /England, all industries: £\d+k per worker/,
    );
    expect(await chart.locator('.finding').textContent()).toMatch(
      /Black Country’s mix of industries in 2023 would produce £\d+k per worker, \d+ where England’s £\d+k is 100/,
    );
    // The dot of the electrical products and machinery division says what it shows, and picks the sector.
    const machinery = chart.locator('circle.dot[data-sector="CI-CL (26-30)"]');
    expect(await machinery.getAttribute('aria-label')).toMatch(
      /Manufacture of electrical products and machinery\. Location quotient, 2023: [\d.]+\. GVA per worker in England, manufacturing, 2022: £\d+k/,
    );
    await machinery.click();
    await expect.poll(() => machinery.getAttribute('aria-pressed')).toBe('true');
    expect(await chart.locator('circle.dot.selected').count()).toBe(1);
    // Its CSV: one row per drawn or named industry, with the group's national GVA per worker.
    await chart.getByRole('button', { name: 'Share & download' }).click();
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: 'Data in this view (CSV)' }).click(),
    ]);
    const lines = readFileSync((await d.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const at = lines.findIndex((l) => /^"?area_code"?,/.test(l));
    expect(lines[at]).toMatch(/location_quotient,industry_group,england_gva_per_worker_gbp/);
    expect(lines.slice(at + 1).filter((l) => l.startsWith('E37000001'))).toHaveLength(36);
    const embed = await page.locator('#embed-snippet').inputValue();
    expect(embed).toContain('chart=profile-productivity');
    await page.keyboard.press('Escape');
    expect(describeFindings(await axe(page, { include: '[data-chart="profile-productivity"]' }))).toEqual([]);
    await chart.screenshot({ path: screenshotPath('gva-productivity') });
    await page.screenshot({ path: screenshotPath('gva-profile'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
