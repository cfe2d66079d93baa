// The REF research datasets on the map: LEPs and districts, true zeros named in words (not hatched),
// the head-office caveat beside the figures and in the downloads, subjects grouped by main panel.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from './harness';
import type { Page } from 'playwright-core';
import { screenshotPath } from './browser';
import { overflowing, sidewaysScroll } from './a11y';

const fillOf = (p: Page, code: string) => p.locator(`path.area[data-code="${code}"]`).getAttribute('fill');

describe('REF 2021 4* FTE on the map', () => {
  const ENGINEERING = '?dataset=ref2021-4star-fte&sector=12';

  it('draws the 38 LEPs, with Swindon and Wiltshire as "No research submitted", not hatched; says where institutions are counted and that REF is a snapshot; lists the 34 subjects under the four REF main panels', async ({
    app,
  }) => {
    const { page, errors } = await app.open(ENGINEERING);
    expect(await page.locator('path.area').count()).toBe(38);
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe(
      'Engineering: which LEPs are specialised?',
    );
    const swindon = page.getByRole('button', { name: /^Swindon and Wiltshire: No research submitted$/ });
    expect(await swindon.count()).toBe(1);
    expect(await swindon.getAttribute('fill')).not.toMatch(/no-data/);
    const legend = page.getByRole('figure', { name: 'Map legend' });
    await expect.poll(() => legend.textContent()).toMatch(/No research submitted \(a true zero, not missing\)\s*1 LEP/);
    await page.screenshot({ path: screenshotPath('research-map-lep-1280x800') });

    // Institutions: one circle for each of the 71 English institutions that submitted to Engineering,
    // with a size key; hover says the figures (University of Oxford: 168.5 FTE, 71% 4* = 119.6 4* FTE, GPA 3.67).
    const circles = page.locator('circle.institution');
    await expect.poll(() => circles.count()).toBe(71);
    const key = page.getByTestId('institution-key');
    expect(await key.textContent()).toMatch(/circle area shows world-leading research \(4\* FTE\) in Engineering/);
    await page.locator('circle.institution[data-ukprn="10007774"]').hover({ force: true });
    const tip = page.getByRole('tooltip');
    await expect
      .poll(() => tip.textContent())
      .toMatch(
        /University of Oxford.*Engineering.*Staff submitted \(FTE\)\s*168\.5.*71%.*119\.6.*Grade point average \(0 to 4\)\s*3\.67.*head office/,
      );
    // Keyboard: Tab from the map reaches the circles (first by name), arrows move in name order, Enter
    // selects the LEP that holds the institution (Aston University: Greater Birmingham and Solihull).
    await page.locator('path.area[tabindex="0"]').focus();
    await page.keyboard.press('Tab');
    const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(await focusedName()).toMatch(
      /^Anglia Ruskin University Higher Education Corporation\. Subject: Engineering/,
    );
    await page.keyboard.press('ArrowRight');
    expect(await focusedName()).toMatch(/^Aston University\. Subject: Engineering\. Staff submitted \(FTE\): /);
    await expect.poll(() => tip.textContent()).toMatch(/^Aston University/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('path.area[data-code="E37000012"]').getAttribute('aria-pressed')).toBe('true');
    // The switch hides them, and the link remembers it.
    await page.getByRole('checkbox', { name: /Show institutions \(71\)/ }).uncheck();
    await expect.poll(() => circles.count()).toBe(0);
    await expect.poll(() => page.url()).toMatch(/inst=hide/);

    const note = page.getByTestId('research-note');
    expect(await note.textContent()).toMatch(/counted at their head office/);
    expect(await note.textContent()).toMatch(/snapshot: staff in post on 31 July 2020/);

    await page.locator('details.controls-wrap').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const groups = await page
      .locator('#ctl-sector optgroup')
      .evaluateAll((gs) => gs.map((g) => [g.getAttribute('label'), g.querySelectorAll('option').length]));
    expect(groups).toEqual([
      ['Panel A: medicine, health and life sciences', 6],
      ['Panel B: physical sciences, engineering and mathematics', 6],
      ['Panel C: social sciences', 12],
      ['Panel D: arts and humanities', 10],
    ]);
    expect(errors).toEqual([]);
  });

  it('draws the 309 districts, most with no research submitted, and answers hover with words', async ({ app }) => {
    const { page, errors } = await app.open(ENGINEERING);
    await page.getByRole('radio', { name: /Districts/ }).check();
    await expect.poll(() => page.locator('path.area').count()).toBe(309);
    const legend = page.getByRole('figure', { name: 'Map legend' });
    await expect.poll(() => legend.textContent()).toMatch(/No research submitted[^0-9]*229 districts/);
    // Oxford has research in Engineering; Wiltshire none at all.
    expect(await fillOf(page, 'E07000178')).not.toMatch(/url\(/);
    await page.locator('path.area[data-code="E06000054"]').hover();
    const tip = page.getByRole('tooltip');
    await expect.poll(() => tip.textContent()).toMatch(/Wiltshire.*No research submitted/);

    // UoA 24 (Sport and Exercise Sciences): Forest of Dean's LQ 61.7 rests on 8.6 FTE, under the
    // science base's 10 FTE rule, so it keeps its colour but is not ranked: listed after the bars, said so on the map.
    await page.locator('details.controls-wrap').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await page.locator('#ctl-sector').selectOption('24');
    const apart = page.getByTestId('not-ranked');
    await expect.poll(() => apart.textContent()).toMatch(/^\s*Under 10 FTE submitted: not ranked/);
    expect(await apart.textContent()).toMatch(/Forest of Dean: 61\.7\d on 8\.6 FTE/);
    expect(await page.locator('.ranking g.bar-row[data-code="E07000080"]').count()).toBe(0);
    expect(await fillOf(page, 'E07000080')).not.toMatch(/url\(|#b8b8b8|#dcdcdc/);
    await expect
      .poll(() => page.locator('path.area[data-code="E07000080"]').getAttribute('aria-label'))
      .toMatch(/^Forest of Dean: Location quotient \(England = 1\) 61\.7\d, under 10 FTE submitted: not ranked/);
    await page.locator('path.area[data-code="E07000080"]').hover();
    await expect
      .poll(() => tip.textContent())
      .toMatch(/Forest of Dean.*Staff submitted in the subject\s*8\.6 FTE.*Rank\s*under 10 FTE submitted: not ranked/);
    expect(errors).toEqual([]);
  });

  it('fits a 320 px and a 360 px phone: only the table scrolls sideways, inside its own box', async ({ app }) => {
    // The district FTE table (all subjects) once widened the page to ~550 px at 320: its caption's hidden
    // page words are absolutely placed and escaped the table's scroll box.
    const { page } = await app.open('?dataset=ref2021-fte&geo=lad', { viewport: { width: 320, height: 780 } });
    await page.locator('.table-wrap table').waitFor();
    expect(await overflowing(page)).toEqual([]);
    expect(await sidewaysScroll(page)).toBe(0);
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(app.url(ENGINEERING));
    await page.locator('path.area').first().waitFor();
    expect(await sidewaysScroll(page)).toBe(0);
    await page.screenshot({ path: screenshotPath('research-map-360'), fullPage: false });
  });
});

describe('REF 2021 GPA on the map', () => {
  it('colours each LEP by its GPA in Engineering; no staff in the subject is "No staff submitted in this subject", not a missing figure', async ({
    app,
  }) => {
    const { page, errors } = await app.open('?dataset=ref2021-gpa&sector=12');
    expect(await page.locator('path.area').count()).toBe(38);
    // Oxfordshire: 3.512 in the data build (power ÷ FTE of its Engineering submissions), ranked among the 30
    // with staff; written with two decimals, as the legend, on the map, in the ranking and in the table.
    expect(
      await page
        .getByRole('button', { name: /^Oxfordshire: Grade point average \(GPA, 0 to 4\) 3\.51, rank \d+ of 30$/ })
        .count(),
    ).toBe(1);
    const oxBar = page.locator('.ranking g.bar-row', { hasText: 'Oxfordshire' }).locator('text.val');
    await expect.poll(() => oxBar.textContent()).toBe('3.51');
    const oxRow = page.locator('.table-wrap tbody tr', { hasText: 'Oxfordshire' });
    await expect.poll(() => oxRow.locator('td').first().textContent()).toMatch(/^\s*3\.51/);
    expect(await page.getByRole('button', { name: /^Cumbria: No staff submitted in this subject$/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Swindon and Wiltshire: No research submitted$/ }).count()).toBe(1);
    const legend = page.getByRole('figure', { name: 'Map legend' });
    await expect
      .poll(() => legend.textContent())
      .toMatch(/No staff submitted in this subject \(nothing to grade, not missing\)/);
    expect(await legend.textContent()).not.toMatch(/no figure/i);
    // GPA class limits with two decimals (e.g. "3.12 to 3.35"), never rounded to one.
    expect(await legend.textContent()).toMatch(/\d\.\d\d to \d\.\d\d/);
    expect(await legend.textContent()).not.toMatch(/(^|[^\d.])\d\.\d( |$|[^\d])/);
    expect(await page.locator('path.area[fill^="url("]').count()).toBe(0); // nothing hatched
    await page.screenshot({ path: screenshotPath('research-map-gpa-1280x800') });
    expect(errors).toEqual([]);
  });
});

describe('research downloads', () => {
  it('carry the REF attribution and the head-office caveat', async ({ app }) => {
    const { page } = await app.open('?dataset=ref2021-fte&sector=1', {
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    await page.getByRole('button', { name: 'Share & download' }).click();
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Notes on the data (text)' }).click(),
    ]);
    const text = readFileSync((await d.path())!, 'utf8');
    expect(text).toContain('REF 2021, UK higher education funding bodies');
    // The view's CSV of a research LQ says the FTE behind each figure (the 10 FTE ranking rule).
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Data in this view (CSV)' }).click(),
    ]);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.split('\r\n').find((l) => /^\uFEFF?area_code,/.test(l))).toMatch(/,staff_submitted_fte(,|$)/);
    expect(text).toMatch(/counted at its head office/);
    expect(text).toMatch(/census date, 31 July 2020/);
    // The institutions behind the map, as their own CSV (head office placed), named in the notes too.
    expect(text).toMatch(/Institutions behind the figures/);
    const [inst] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Institutions in this view (CSV)' }).click(),
    ]);
    expect(inst.suggestedFilename()).toMatch(/institutions\.csv$/);
    const instCsv = readFileSync((await inst.path())!, 'utf8').split('\r\n');
    expect(instCsv[0]).toBe(
      '\uFEFFukprn,institution,district_code,district_name,lep_names,subject,fte,four_star_fte,percent_4star,gpa',
    );
    expect(instCsv.find((l) => l.startsWith('10007774,'))).toMatch(
      /^10007774,University of Oxford,E07000178,Oxford,Oxfordshire,Clinical Medicine,/,
    );
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Image (SVG)' }).click(),
    ]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/head office/);
    expect(svgText).toContain('REF 2021, UK higher education funding bodies');
    // The institutions' circles travel with the image, and the notes say what their size shows.
    expect(svgText).toMatch(/<circle[^>]*data-ukprn="10007774"/);
    const svgWords = svgText.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(svgWords).toMatch(/circle area shows staff submitted \(FTE\) in Clinical Medicine; the largest holds/);
  });
});
