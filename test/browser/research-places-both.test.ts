// "Places strong in both research and business" (?view=both): one REF subject's places, opened by URL,
// checked against strengthsMeet on the cube files themselves; sorted from the keyboard, downloaded,
// embedded, reached from the research map and a profile, and fitting a 320 px phone.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from './harness';
import { screenshotPath } from './browser';
import { axe, describeFindings } from './a11y';
import { cubeFromJson } from '../../src/lib/data/cube-json';
import { strengthsMeet } from '../../src/lib/research/strengths-meet';
import { cellValue } from '../../src/lib/data/cube';

const open = (f: string) => cubeFromJson(JSON.parse(readFileSync(`public/data/${f}`, 'utf8')));
// FTE to one decimal place in every row (162.0, not 162 beside 80.8), as the science base shows it.
const n1 = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** Every place of a level strong in both in one UoA, as the table's cells, highest research LQ first. */
function expectedRows(uoa: number, level: 'lep' | 'lad'): string[][] {
  const research = open('ref2021-4star-fte.cube.json');
  const enterprises = open('ubc-enterprises.cube.json');
  const fte = open('ref2021-fte.cube.json');
  const rows: { lq: number; name: string; cells: string[] }[] = [];
  for (const a of research.areas.filter((x) => x.level === level)) {
    const both = strengthsMeet({ research, fte, enterprises, employment: null }, a.code)
      .pairs.filter((p) => p.uoa === uoa && p.kind === 'both')
      .sort((x, y) => y.businessLq - x.businessLq);
    if (both.length === 0) continue;
    const lq = both[0].researchLq;
    rows.push({
      lq,
      name: a.name,
      cells: [
        a.name,
        lq.toFixed(2),
        n1.format(both[0].fourStarFte),
        n1.format(both[0].staffFte),
        both.map((p) => p.industryName).join('\n'),
        both.map((p) => p.businessLq.toFixed(2)).join('\n'),
      ],
    });
  }
  return rows.sort((x, y) => y.lq - x.lq || x.name.localeCompare(y.name, 'en-GB')).map((r) => r.cells);
}

const cells = (page: Page) =>
  page
    .getByTestId('places-both-table')
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText.trim())));

const ENGINEERING = '?view=both&dataset=ref2021-4star-fte&sector=12';

describe('places strong in both research and business, one subject', () => {
  it('lists the LEPs strong in both in Engineering, sorts, downloads, embeds and passes axe', async ({ app }) => {
    const { page, errors } = await app.open(ENGINEERING, {
      viewport: { width: 1280, height: 800 },
      ready: '[data-testid="places-both-table"]',
      acceptDownloads: true,
    });
    const expected = expectedRows(12, 'lep');
    expect(expected.length).toBeGreaterThan(0);
    expect(await cells(page)).toEqual(expected);
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe(
      'Where research and business strengths meet: Engineering',
    );
    expect(await page.getByTestId('places-both-summary').innerText()).toMatch(
      new RegExp(`^${expected.length} of the 38 LEPs have a research LQ above 1 in Engineering`),
    );
    // Why Engineering is linked to each industry group is on the page, and so are the caveats.
    expect(await page.getByTestId('places-both-links').innerText()).toMatch(/Manufacturing/);
    expect(await page.getByTestId('research-note').innerText()).toMatch(/head office.*snapshot/s);
    expect(await page.getByTestId('places-both-lep-note').innerText()).toMatch(/7 districts belong to two LEPs/);
    expect(await page.getByTestId('places-both-subject').locator('optgroup').count()).toBe(4);
    await page.screenshot({ path: screenshotPath('places-both-view-1280') });

    // Sorted from the keyboard: Enterprise LQ's heading button, Enter; largest first, and the link says so.
    const table = page.getByTestId('places-both-table');
    await table.getByRole('button', { name: /^Enterprise LQ/ }).focus();
    await page.keyboard.press('Enter');
    const th = table.locator('thead th').nth(5);
    await expect.poll(() => th.getAttribute('aria-sort')).toBe('descending');
    const strongest = async () =>
      (await table.locator('tbody tr td:nth-child(6)').allInnerTexts()).map((t) => Number(t.split('\n')[0]));
    const desc = await strongest();
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('-enterpriseLq');
    await page.keyboard.press('Enter');
    await expect.poll(() => th.getAttribute('aria-sort')).toBe('ascending');
    const asc = await strongest();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));

    // The CSV: one row per place and strong industry group, in the order shown, with the concordance's reason;
    // its notes carry the REF attribution, the head-office caveat, the snapshot and the LEP double count.
    await page.getByRole('button', { name: 'Share & download' }).click();
    const download = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return readFileSync((await file.path())!, 'utf8');
    };
    const lines = (await download('Data in this view (CSV)')).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFarea_code,area_name,uoa,uoa_name,research_lq,four_star_fte,staff_submitted_fte,industry_group,industry_name,enterprise_lq,concordance_reason',
    );
    const pairs = expected.reduce((n, r) => n + r[4].split('\n').length, 0);
    expect(lines).toHaveLength(pairs + 1);
    const first = (await cells(page))[0];
    expect(lines[1]).toContain(`,${first[0]},12,Engineering,`);
    const notes = await download('Notes on the data (text)');
    expect(notes).toMatch(/REF 2021, UK higher education funding bodies/);
    expect(notes).toMatch(/head office/);
    expect(notes).toMatch(/census date, 31 July 2020/);
    expect(notes).toMatch(/7 districts belong to two LEPs/);
    expect(notes).toMatch(/only on at least 10 FTE of staff submitted/);
    const snippet = await page.locator('#embed-snippet').inputValue();
    expect(snippet).toMatch(/chart=places-both/);
    await page.keyboard.press('Escape');
    expect(describeFindings(await axe(page, { include: '[data-testid="places-both-view"]' }))).toEqual([]);
    expect(errors).toEqual([]);

    // The embed of the table alone: the same rows (sorted as the link says), no controls, no share button.
    const src = /src="([^"]+)"/.exec(snippet)![1].replace(/&amp;/g, '&');
    const embed = await app.open(src, { ready: '[data-testid="places-both-table"]' });
    expect((await cells(embed.page)).map((r) => r[0]).sort()).toEqual(expected.map((r) => r[0]).sort());
    expect(await embed.page.getByTestId('places-both-subject').count()).toBe(0);
    expect(await embed.page.getByRole('button', { name: 'Share & download' }).count()).toBe(0);
    expect(await embed.page.getByText('Open in the Specialisation Atlas').count()).toBe(1);
    expect(describeFindings(await axe(embed.page))).toEqual([]);
    expect(embed.errors).toEqual([]);
  });

  it('counts no research LQ on under 10 FTE: Buckinghamshire in Art and Design is named, not listed', async ({
    app,
  }) => {
    const { page } = await app.open('?view=both&dataset=ref2021-4star-fte&sector=32', {
      ready: '[data-testid="places-both-fte-rule"]',
    });
    const staff = open('ref2021-fte.cube.json');
    const fte = cellValue(staff, staff.areaIndex.get('E37000043')!, staff.sectorIndex.get('32')!, 0);
    expect(fte).toBeLessThan(10);
    expect(await page.getByTestId('places-both-fte-rule').innerText()).toMatch(
      /Not counted for that reason: .*Buckinghamshire \(LQ [\d.]+ on [\d.]+ FTE\)/,
    );
    const places = page.getByTestId('places-both-table').locator('tbody th');
    expect(await places.allInnerTexts()).not.toContain('Buckinghamshire');
    expect(await places.allInnerTexts()).toEqual(expectedRows(32, 'lep').map((r) => r[0]));
  });

  it('says in words when no place can be strong in both (Philosophy is linked to no industry)', async ({ app }) => {
    const { page } = await app.open('?view=both&dataset=ref2021-4star-fte&sector=30', {
      ready: '[data-testid="places-both-summary"]',
    });
    expect(await page.getByTestId('places-both-summary').innerText()).toMatch(
      /links Philosophy to no single industry group .* so no place can be strong in both/,
    );
    expect(await page.getByTestId('places-both-table').count()).toBe(0);
  });

  it('is reached from the research map and from a profile', async ({ app }) => {
    const { page } = await app.open('?dataset=ref2021-4star-fte&sector=12');
    await page.screenshot({
      path: screenshotPath('places-both-map-link-1280'),
      clip: { x: 0, y: 0, width: 1280, height: 420 },
    });
    await page.getByRole('link', { name: 'Places strong in both research and business in Engineering' }).click();
    await page.getByTestId('places-both-table').waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('both');
    expect(await cells(page)).toEqual(expectedRows(12, 'lep'));
    // Black Country's profile links each subject it is strong in both to that subject's national view.
    await app.done(page);
    const profile = await app.open('?view=profile&area=E37000001', { ready: '[data-testid="places-both-links"]' });
    const links = profile.page.getByTestId('places-both-links').getByRole('link');
    const first = await links.first().innerText();
    await links.first().click();
    await profile.page.getByTestId('places-both-summary').waitFor();
    expect(await profile.page.getByRole('heading', { level: 2 }).innerText()).toBe(
      `Where research and business strengths meet: ${first}`,
    );
    expect(await profile.page.getByTestId('places-both-table').locator('tbody th').allInnerTexts()).toContain(
      'Black Country',
    );
    // The place it came from is marked among the others, for sight and for a screen reader.
    const current = profile.page.getByTestId('places-both-table').locator('tbody tr[aria-current="true"]');
    expect(await current.locator('th').allInnerTexts()).toEqual(['Black Country']);
    expect(await current.evaluate((tr) => getComputedStyle(tr).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(describeFindings(await axe(profile.page, { include: '[data-testid="places-both-view"]' }))).toEqual([]);
  });

  it('fits a 320 px phone with districts, and looks right at 360 px', async ({ app }) => {
    const { page } = await app.open(`${ENGINEERING}&geo=lad`, {
      viewport: { width: 320, height: 700 },
      ready: '[data-testid="places-both-table"]',
    });
    expect(await cells(page)).toEqual(expectedRows(12, 'lad'));
    expect(await page.getByTestId('places-both-lep-note').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 360, height: 780 });
    await page.screenshot({ path: screenshotPath('places-both-view-360') });
    await page.locator('[data-chart="places-both"]').screenshot({ path: screenshotPath('places-both-table-360') });
  });
});
