// The evidence pack for Black Country: reached from the profile, the three questions answered with
// the app's own figures (recomputed here from the cube files), clean under axe, and printed to A4
// pages where no chart or table is cut by a page break.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it, type App } from './harness';
import type { Page } from 'playwright-core';
import { screenshotPath } from './browser';
import { pdfPages } from './pdf-pages';
import { unzip } from './unzip';
import { axe, clippedSvgText, describeFindings, sidewaysScroll, svgTextContrast } from './a11y';
import { cellValue } from '../../src/lib/data/cube';
import { cubeFromJson } from '../../src/lib/data/cube-json';
import { cubeWithSectorTree } from '../../src/lib/data/cube-tree';
import type { Cube, DatasetMeta } from '../../src/lib/data/types';
import { packBars } from '../../src/lib/pack/good';
import type { Strand } from '../../src/lib/pack/types';
import { profileBars } from '../../src/lib/profile/lq-bars';
import { defaultBenchmark } from '../../src/lib/metrics';
import { strengthsMeet } from '../../src/lib/research/strengths-meet';
import { specialisationProductivity } from '../../src/lib/metrics/specialisation-productivity';

const BLACK_COUNTRY = 'E37000001';
const VIEWPORT = { width: 1280, height: 900 };
const READY = { timeout: 60_000 };

/** The pack opened straight from its URL, once it says it is ready. */
async function openPack(app: App) {
  const opened = await app.open(`?view=pack&area=${BLACK_COUNTRY}`, {
    viewport: VIEWPORT,
    acceptDownloads: true,
    ready: 'none',
  });
  await opened.page.locator('section.pack[data-ready]').waitFor(READY);
  return opened;
}

/** A cube file as the app opens it: nested sectors (GVA) take their totals from the manifest's tree. */
function openCube(file: string): Cube {
  const cube = cubeFromJson(JSON.parse(readFileSync(`public/data/${file}`, 'utf8')));
  const manifest = JSON.parse(readFileSync('public/data/datasets.json', 'utf8')) as { datasets: DatasetMeta[] };
  const meta = manifest.datasets.find((d) => d.cube === file);
  return meta?.sectorParent ? cubeWithSectorTree(cube, meta.sectorParent, meta.sectorExclude ?? []) : cube;
}

/** The app's own top LQ for the area in a dataset's latest year, from the cube file (over the tree's leaves where sectors nest). */
function topFromCube(file: string): { sector: string; lq: string } {
  const cube = openCube(file);
  const area = cube.areaIndex.get(BLACK_COUNTRY)!;
  const year = cube.years.length - 1;
  const bars = cube.sectorParent
    ? packBars({ cube, area, year, benchmark: defaultBenchmark(cube) } as Strand)
    : profileBars(cube, area, year, defaultBenchmark(cube));
  // Research: only subjects with at least 10 FTE of staff submitted are ranked, as in the science base.
  const staff = file.startsWith('ref2021-4star') ? openCube('ref2021-fte.cube.json') : null;
  const enough = (code: string) =>
    !staff ||
    cellValue(staff, staff.areaIndex.get(BLACK_COUNTRY)!, staff.sectorIndex.get(code)!, staff.years.length - 1) >= 10;
  const top = bars.find(
    (b) => Number.isFinite(b.lq) && b.flag !== 'unreliable' && b.flag !== 'suppressed' && enough(b.sector.code),
  )!;
  return { sector: top.sector.name, lq: top.lq.toFixed(2) };
}

/** The mix index of Black Country's industries at England's GVA per worker, from the GVA and APS cube files. */
function mixFromCubes(): { mix: number; dots: number } {
  const gva = openCube('gva-current.cube.json');
  const r = specialisationProductivity(gva, openCube('aps-employment.cube.json'), BLACK_COUNTRY, gva.years.at(-1)!)!;
  return { mix: Math.round(r.mixIndex), dots: r.points.filter((p) => p.lq > 0 && Number.isFinite(p.lq)).length };
}

/** "n of N": Black Country's subject–industry pairs strong on both sides, of those with both figures. */
function meetFromCubes(): string {
  const open = (f: string) => cubeFromJson(JSON.parse(readFileSync(`public/data/${f}`, 'utf8')));
  const m = strengthsMeet(
    {
      research: open('ref2021-4star-fte.cube.json'),
      fte: open('ref2021-fte.cube.json'),
      enterprises: open('ubc-enterprises.cube.json'),
      employment: open('aps-employment.cube.json'),
    },
    BLACK_COUNTRY,
  );
  const known = m.pairs.filter((p) => p.kind !== 'unknown');
  return `${known.filter((p) => p.kind === 'both').length} of ${known.length}`;
}

async function firstRow(page: Page, table: string): Promise<string[]> {
  return page.locator(`table[data-pack-table="${table}"] tbody tr`).first().locator('th, td').allInnerTexts();
}

/** The rows of the Word table that follows `caption`, as the text of each cell. */
function docxTable(xml: string, caption: string): string[][] {
  const at = xml.indexOf(caption.replace(/&/g, '&amp;'));
  const tbl = xml.slice(xml.indexOf('<w:tbl>', at), xml.indexOf('</w:tbl>', at));
  const text = (s: string) =>
    s
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
  return [...tbl.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((r) =>
    [...r[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((c) => text(c[0])),
  );
}

describe('evidence pack, Black Country', () => {
  it('is reached by keyboard from the views and by a click from the profile, is in the URL, has the three question sections, and names the same top specialisms and LQs as the cube, by enterprises, employment and research', async ({
    app,
  }) => {
    const { page, errors } = await app.open(`?view=profile&area=${BLACK_COUNTRY}`, {
      viewport: VIEWPORT,
      ready: 'none',
    });
    // Beside the Map and Area profile tabs: reached by Tab and Enter, the current page while shown, and announced.
    const tab = page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Evidence pack' });
    await page.getByRole('button', { name: 'Area profile' }).focus();
    await page.keyboard.press('Tab');
    await expect(tab.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('section.pack[data-ready]').waitFor(READY);
    await expect(tab.getAttribute('aria-current')).resolves.toBe('page');
    await expect.poll(() => page.locator('[data-announcer]').innerText()).toBe('Evidence pack for Black Country.');
    expect(new URL(page.url()).searchParams.get('view')).toBe('pack');
    // And from the area profile, by its link.
    await page.getByRole('button', { name: 'Back to the area profile' }).click();
    await page.getByRole('link', { name: 'Evidence pack for Black Country' }).click();
    await page.locator('section.pack[data-ready]').waitFor(READY);
    expect(new URL(page.url()).searchParams.get('view')).toBe('pack');
    for (const name of ['What are we good at?', 'Where could we be world-leading?', 'What could come next?']) {
      await expect(page.getByRole('heading', { level: 3, name }).isVisible()).resolves.toBe(true);
    }
    expect(await page.locator('[data-section="summary"] p.claim').count()).toBe(5);
    for (const [table, file] of [
      ['good-enterprises', 'ubc-enterprises.cube.json'],
      ['good-employment', 'aps-employment.cube.json'],
      // Opened from enterprises, the pack loads GVA itself: with its tree, so no parent sits among its children.
      ['good-gva', 'gva-current.cube.json'],
      ['world-ref2021-4star-fte', 'ref2021-4star-fte.cube.json'],
    ]) {
      const want = topFromCube(file);
      const row = await firstRow(page, table);
      expect(row[0], table).toBe(want.sector);
      // To 2 places, as the sentence gives it ("1.80", never "1.8").
      expect(row, table).toContain(want.lq);
      // The sentence above the table names the same sector and figure.
      const section = page.locator(`table[data-pack-table="${table}"]`).locator('xpath=ancestor::section[1]');
      await expect(section.locator(`p.claim[data-figure="LQ ${want.lq}"]`).first().innerText()).resolves.toContain(
        want.sector,
      );
    }
    // Every LQ in a column to 2 places, trailing zeros kept.
    const lqs = await page
      .locator('table[data-pack-table="good-enterprises"] tbody tr td:nth-child(4)')
      .allInnerTexts();
    expect(lqs.length).toBeGreaterThan(5);
    for (const v of lqs) expect(v).toMatch(/^\d+\.\d\d$/);
    // Productivity: the mix index and the chart, from the same function as the GVA profile's chart.
    const { mix, dots } = mixFromCubes();
    const good = page.locator('[data-section="good"]');
    await expect(good.locator(`p.claim[data-figure="index ${mix}"]`).innerText()).resolves.toMatch(
      new RegExp(`Black Country’s mix of industries in \\d{4} would produce £\\d+k per worker, ${mix} where England’s`),
    );
    await expect(
      good.locator('[data-pack-chart] svg[data-export="profile-productivity"] circle.dot').count(),
    ).resolves.toBe(dots);
    expect(await firstRow(page, 'good-productivity')).toHaveLength(6);
    // The survey's span in the chart's note comes from the survey's cube, not from words written once.
    const aps = openCube('aps-employment.cube.json');
    await expect(good.innerText()).resolves.toContain(
      `the survey in the atlas covers ${aps.years[0]}–${aps.years.at(-1)})`,
    );
    // Where research and business strengths meet: the count from the same module on the cube files.
    const meet = meetFromCubes();
    const world = page.locator('[data-section="world"]');
    await expect(
      world.getByRole('heading', { name: 'Where research and business strengths meet' }).isVisible(),
    ).resolves.toBe(true);
    await expect(world.locator(`p.claim[data-figure="${meet}"]`).count()).resolves.toBe(1);
    // The research table names its rows subjects; research income is the five financial years added up,
    // as in the profile (pack-research-income.test.ts checks the figures agree).
    await expect(firstRow(page, 'world-ref2021-4star-fte')).resolves.toHaveLength(4);
    await expect(
      page.locator('table[data-pack-table="world-ref2021-4star-fte"] thead th').first().innerText(),
    ).resolves.toBe('Subject (REF unit of assessment)');
    await expect(world.innerText()).resolves.toMatch(/added up over the 5 financial years 2015\/16 to 2019\/20/);
    // Black Country has pairs strong on both sides, so the finding is among the summary's five.
    expect(meet).toMatch(/^[1-9]/);
    await expect(page.locator(`[data-section="summary"] p.claim[data-figure="${meet}"]`).count()).resolves.toBe(1);
    const next = await firstRow(page, 'next');
    expect(next[0].length).toBeGreaterThan(0);
    await expect(page.locator('[data-section="next"]').innerText()).resolves.toMatch(/AUC \d\.\d\d/);
    expect(errors).toEqual([]);
  }, 90_000);

  it('passes the WCAG 2.2 A/AA checks of axe-core, its LQ charts included, on a wide screen and at 320 px', async ({
    app,
  }) => {
    const { page } = await openPack(app);
    expect(describeFindings(await axe(page)), '1280 px').toEqual([]);
    expect(
      (await svgTextContrast(page)).filter((t) => t.ratio < 4.5),
      'chart text under 4.5:1',
    ).toEqual([]);
    // On a phone (or at 400 % zoom) the wide tables scroll in their own boxes, which keyboard users can scroll too.
    await page.setViewportSize({ width: 320, height: 640 });
    // The charts redraw at the new width a frame or two after the resize.
    await expect.poll(() => sidewaysScroll(page), { message: 'sideways scroll at 320 px', timeout: 10_000 }).toBe(0);
    expect(describeFindings(await axe(page)), '320 px').toEqual([]);
    // A table wider than the phone scrolls in its box, but its caption wraps whole inside the box, and
    // each row's name stays in view as the figures scroll past.
    const captions = await page
      .locator('.table-wrap caption')
      .evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().right));
    expect(captions.length).toBeGreaterThan(5);
    for (const right of captions) expect(right).toBeLessThanOrEqual(320);
    const wrap = page.locator('.table-wrap:has(table[data-pack-table="good-employment"])');
    const nameLeft = () =>
      wrap.evaluate((w) => w.querySelector('tbody th')!.getBoundingClientRect().left - w.getBoundingClientRect().left);
    await wrap.evaluate((w) => (w.scrollLeft = 200));
    await expect.poll(() => wrap.evaluate((w) => w.scrollLeft)).toBeGreaterThan(100);
    expect(Math.abs(await nameLeft())).toBeLessThan(1);
    expect(await clippedSvgText(page), 'labels outside their chart at 320 px').toEqual([]);
    // The words over each LQ chart ("England = 1", "← less", "more →") do not touch one another.
    const touching = await page.locator('[data-pack-chart] svg').evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const boxes = [...svg.querySelectorAll('text.one, text.side')].map((t) => ({
          text: t.textContent,
          r: t.getBoundingClientRect(),
        }));
        const out: string[] = [];
        boxes.forEach((a, i) =>
          boxes.slice(i + 1).forEach((b) => {
            if (a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom)
              out.push(`${a.text} / ${b.text}`);
          }),
        );
        return out;
      }),
    );
    expect(await page.locator('[data-pack-chart] svg text.one').count()).toBeGreaterThan(0);
    expect(touching, 'labels over an LQ chart touching at 320 px').toEqual([]);
  }, 90_000);

  it('downloads a Word document with the headings, the top specialism, a real table and charts with alt text, and one spreadsheet with a sheet per section', async ({
    app,
  }) => {
    const { page, errors } = await openPack(app);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download as Word/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/black-country.*evidence-pack.*\.docx$/);
    const files = unzip(readFileSync((await download.path())!));
    const xml = files.get('word/document.xml')!.toString('utf8');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const h of [
      'What are we good at?',
      'Where could we be world-leading?',
      'What could come next?',
      'Sources and licence',
    ])
      expect(text).toContain(h);
    const top = topFromCube('ubc-enterprises.cube.json');
    expect(text).toContain(`is ${top.sector.replace(/&/g, '&amp;')} (`);
    expect(xml).toContain('<w:tbl>');
    // The Word table's cells read as the screen's: the same places ("1.80"), separators and dashes.
    const caption = await page.locator('table[data-pack-table="good-enterprises"] caption').innerText();
    const screenRows = await page
      .locator('table[data-pack-table="good-enterprises"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim())));
    expect(docxTable(xml, caption).slice(1)).toEqual(screenRows);
    expect(text).toContain('Specialisation and productivity in Black Country');
    expect(text).toContain(`, ${mixFromCubes().mix} where England’s`);
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Dot chart: each of Black Country’s industries/);
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Bar chart of the location quotient/);
    expect([...files.keys()].filter((f) => f.startsWith('word/media/')).length).toBeGreaterThanOrEqual(4);

    const [sheet] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download the data/ }).click(),
    ]);
    const xlsx = unzip(readFileSync((await sheet.path())!));
    const workbook = xlsx.get('xl/workbook.xml')!.toString('utf8');
    // Numbers stay numbers, shown to the table's places.
    expect(xlsx.get('xl/styles.xml')!.toString('utf8')).toContain('formatCode="#,##0.00"');
    const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual([
      'Summary five findings',
      'What are we good at',
      'Where could we be world-leading',
      'What could come next',
      'Peers and comparison',
      'Methods',
      'Caveats',
      'Sources and licence',
    ]);
    expect(errors).toEqual([]);
  }, 90_000);

  it('prints on A4 pages with no chart or table cut by a page break', async ({ app }) => {
    const { page, errors } = await openPack(app);
    await page.screenshot({ path: screenshotPath('pack-black-country-1280'), fullPage: true });
    const marked = await page.evaluate(() => {
      const els = [...document.querySelectorAll('[data-pack-chart], table[data-pack-table]')];
      els.forEach((el, i) => {
        for (const end of ['top', 'bottom']) {
          const a = document.createElement('a');
          a.href = `https://pack.test/${end}/${i}`;
          a.textContent = '.';
          a.style.cssText = 'display:block;height:2px;font-size:2px;line-height:2px;color:transparent';
          const host = el instanceof HTMLTableElement ? el.parentElement! : el;
          if (end === 'top') host.prepend(a);
          else host.append(a);
        }
      });
      return els.length;
    });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    // On paper the charts' folded table twins are not printed (the pack's own tables give the figures).
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-pack-chart] details.twin').count()).toBeGreaterThan(2);
    await expect(page.locator('[data-pack-chart] details.twin').first().isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
    writeFileSync('test-results/pack-black-country.pdf', pdf);
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(3);
    for (const p of pages) {
      // A4 is 595.3 × 841.9 points.
      expect(Math.abs(p.width - 595.3)).toBeLessThan(1.5);
      expect(Math.abs(p.height - 841.9)).toBeLessThan(1.5);
    }
    const pageOf = (uri: string) => pages.findIndex((p) => p.links.includes(uri));
    for (let i = 0; i < marked; i++) {
      const top = pageOf(`https://pack.test/top/${i}`);
      expect(top, `element ${i} is in the PDF`).toBeGreaterThanOrEqual(0);
      expect(pageOf(`https://pack.test/bottom/${i}`), `element ${i} starts and ends on one page`).toBe(top);
    }
    expect(errors).toEqual([]);
  }, 90_000);
});
