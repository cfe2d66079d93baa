// The science base in an area's profile: its strongest subjects, research-council awards, the
// institutions behind the figures, and "no research submitted" where there is none.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from './harness';
import { screenshotPath } from './browser';
import { axe, describeFindings, svgTextContrast } from './a11y';
import { cubeFromJson } from '../../src/lib/data/cube-json';
import { cellValue } from '../../src/lib/data/cube';
import { strengthsMeet } from '../../src/lib/research/strengths-meet';

/** The subjects Black Country is strong in both, once each, in strengthsMeet's order, from the cube files. */
function blackCountryBothSubjects(): { uoa: number; name: string }[] {
  const open = (f: string) => cubeFromJson(JSON.parse(readFileSync(`public/data/${f}`, 'utf8')));
  const m = strengthsMeet(
    {
      research: open('ref2021-4star-fte.cube.json'),
      fte: open('ref2021-fte.cube.json'),
      enterprises: open('ubc-enterprises.cube.json'),
      employment: null,
    },
    'E37000001',
  );
  const out: { uoa: number; name: string }[] = [];
  for (const p of m.pairs)
    if (p.kind === 'both' && !out.some((o) => o.uoa === p.uoa)) out.push({ uoa: p.uoa, name: p.uoaName });
  return out;
}

/**
 * An area's research LQ in one UoA and the FTE behind it, worked straight from the cube files:
 * (area's 4* FTE in the UoA / England's) / (area's 4* FTE in all UoAs / England's).
 */
function lqAndFte(area: string, uoa: string): { lq: string; fte: number } {
  const cells = (f: string) => JSON.parse(readFileSync(`public/data/${f}`, 'utf8'));
  const four = cubeFromJson(cells('ref2021-4star-fte.cube.json'));
  const staff = cubeFromJson(cells('ref2021-fte.cube.json'));
  const at = (c: typeof four, a: string, s: number) => cellValue(c, c.areaIndex.get(a)!, s, 0) || 0;
  const sum = (a: string) => four.sectors.reduce((t, _, s) => t + at(four, a, s), 0);
  const u = four.sectorIndex.get(uoa)!;
  const lq = at(four, area, u) / at(four, 'E92000001', u) / (sum(area) / sum('E92000001'));
  return { lq: lq.toFixed(2), fte: at(staff, area, staff.sectorIndex.get(uoa)!) };
}

describe('science base in the area profile', () => {
  it("lists Oxfordshire's top subjects by research LQ, its UKRI awards and its institutions", async ({ app }) => {
    const { page, errors } = await app.open('?view=profile&area=E37000053', {
      viewport: { width: 1280, height: 800 },
      ready: 'none',
      acceptDownloads: true,
    });
    const subjects = page.getByTestId('science-subjects');
    await subjects.waitFor();
    expect(
      await page.getByRole('heading', { name: 'Science base: where could Oxfordshire be world-leading?' }).count(),
    ).toBe(1);
    const rows = await subjects.locator('tbody th').allInnerTexts();
    expect(rows).toHaveLength(10);
    expect(rows).toContain('Clinical Medicine');
    // Ranked by research LQ, highest first.
    const lqs = (await subjects.locator('tbody tr td:nth-child(2)').allInnerTexts()).map(Number);
    expect([...lqs].sort((a, b) => b - a)).toEqual(lqs);
    expect(await page.getByTestId('science-ukri').locator('tbody tr').count()).toBe(8);
    expect(await page.getByTestId('science-min-fte').innerText()).not.toMatch(/Too small/); // every subject ≥ 10 FTE
    // The institutions behind the figures, all subjects first, then narrowed to one: in Engineering,
    // University of Oxford 168.5 FTE, 71% 4* (119.6 4* FTE), GPA 3.67; Oxford Brookes 27.9 FTE, 6%, 1.7, 2.56.
    const inst = page.getByTestId('science-institutions');
    expect(await inst.locator('tbody th').first().innerText()).toBe('University of Oxford');
    expect(await page.getByTestId('science-head-office').innerText()).toMatch(/counted where its head office is/);
    await page.getByTestId('science-inst-subject').selectOption({ label: 'Engineering' });
    await expect.poll(() => inst.locator('caption').innerText()).toMatch(/in Engineering, largest first/);
    expect(await inst.locator('tbody tr').allInnerTexts()).toEqual([
      'University of Oxford\t168.5\t71%\t119.6\t3.67',
      'Oxford Brookes University\t27.9\t6%\t1.7\t2.56',
    ]);
    // The same institutions download as a CSV from their own "Share & download", head office placed.
    await page.getByRole('button', { name: 'Share & download the institutions' }).click();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Data in this view (CSV)' }).click(),
    ]);
    const lines = readFileSync((await csv.path())!, 'utf8').split('\r\n');
    expect(lines[1]).toMatch(/^10007774,University of Oxford,E07000178,Oxford,Oxfordshire,Engineering,168\.5,/);
    expect(lines[2]).toMatch(/^\d+,Oxford Brookes University,E07000178,Oxford,Oxfordshire,Engineering,27\.9,/);
    const [notes] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Notes on the data (text)' }).click(),
    ]);
    expect(readFileSync((await notes.path())!, 'utf8')).toMatch(/counted at its head office/);
    await page.keyboard.press('Escape');
    expect(describeFindings(await axe(page, { include: '.science-base' }))).toEqual([]);
    expect(await page.locator('.science-base').innerText()).toMatch(/counted at its head office/);
    await page.locator('.science-base').screenshot({ path: screenshotPath('research-science-base-1280') });
    expect(errors).toEqual([]);
  });

  it('"In brief" names as strengths only the subjects the science base ranks (10 FTE or more)', async ({ app }) => {
    // Cheshire and Warrington on 4* FTE: Area Studies has a research LQ of 6.19 on 7.0 FTE, second of
    // all its LQs, but the science base does not rank it: the headline must not call it a strength.
    const { page, errors } = await app.open('?view=profile&dataset=ref2021-4star-fte&area=E37000003', {
      viewport: { width: 1280, height: 800 },
      ready: 'none',
    });
    const brief = page.getByRole('region', { name: 'In brief' });
    await expect.poll(() => brief.innerText()).toMatch(/not counted as strengths/);
    // "… submitted): A (26.05), B, with commas (4.59), … and E (1.89). 3 subjects …": split on the LQs.
    const first = await brief.locator('li').first().innerText();
    const list = first.match(/submitted\): (.*?\(\d+\.\d+\))\. /)![1];
    const named = list.split(/ \(\d+\.\d+\)(?:, | and )?/).filter(Boolean);
    expect(named).toHaveLength(5);
    expect(named).not.toContain('Area Studies');
    expect(await brief.innerText()).toMatch(/Area Studies \(6\.19 on 7\.0 FTE\)/);
    // The same five, in the same order, as the science base's ranked subjects.
    const subjects = page.getByTestId('science-subjects');
    await subjects.waitFor();
    expect((await subjects.locator('tbody th').allInnerTexts()).slice(0, 5)).toEqual(named);
    await brief.screenshot({ path: screenshotPath('research-in-brief-1280') });
    expect(errors).toEqual([]);
  });

  it('says "No research submitted" for Swindon and Wiltshire, on a 360 px phone', async ({ app }) => {
    const { page } = await app.open('?view=profile&area=E37000033', {
      viewport: { width: 360, height: 780 },
      ready: 'none',
    });
    const none = page.getByTestId('no-research');
    await none.waitFor();
    expect(await none.innerText()).toMatch(/^No research submitted/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.locator('.science-base').screenshot({ path: screenshotPath('research-science-base-360') });
  });

  it('names where research and industry strengths meet in Black Country, with the concordance, downloads and axe', async ({
    app,
  }) => {
    const { page, errors } = await app.open('?view=profile&area=E37000001', {
      viewport: { width: 1280, height: 800 },
      ready: 'none',
      acceptDownloads: true,
    });
    const frame = page.locator('[data-chart="research-business"]');
    const both = page.getByTestId('strengths-both');
    await both.waitFor();
    // Wolverhampton's pharmacy and the area's manufacturing: research LQ 3.90, enterprise LQ 1.80 (2022).
    expect(await both.innerText()).toMatch(
      /strongest on both sides: Allied Health Professions, Dentistry, Nursing and Pharmacy ↔ Manufacturing/,
    );
    expect(await frame.locator('svg[data-export="research-business"] g title').count()).toBe(6);
    expect(await page.getByTestId('strengths-research-only').innerText()).toMatch(/Area Studies/);
    // Modern Languages (UoA 26) and English (27) have research LQs above 1 on under 10 FTE: shown, not counted.
    const ml = lqAndFte('E37000001', '26');
    const en = lqAndFte('E37000001', '27');
    expect(ml.fte).toBeLessThan(10);
    expect(en.fte).toBeLessThan(10);
    expect(await page.getByTestId('strengths-fte-rule').innerText()).toContain(
      `Not counted here: Modern Languages and Linguistics (LQ ${ml.lq} on ${ml.fte.toFixed(1)} FTE); English Language and Literature (LQ ${en.lq} on ${en.fte.toFixed(1)} FTE).`,
    );
    // The science base ranks only subjects with at least 10 FTE; Black Country's two smaller ones are
    // named apart, largest first (Modern Languages 9.7 FTE, English 9.5), not ranked.
    const small = page.getByTestId('science-min-fte');
    expect(await small.innerText()).toMatch(
      /^Only subjects with at least 10 FTE of staff submitted are ranked.*Too small to rank here \(2\): Modern Languages and Linguistics \(9\.7 FTE, LQ \d+\.\d\d\); English Language and Literature \(9\.5 FTE/,
    );
    expect(await page.getByTestId('science-subjects').locator('tbody th').allInnerTexts()).not.toContain(
      'English Language and Literature',
    );
    // The concordance is shown, with its reasons.
    await frame.getByText(/How subjects are linked to industries/).click();
    expect(await page.getByTestId('concordance').innerText()).toMatch(/Engineering is the research base of metals/);
    await frame.locator('details.twin > summary').click();
    expect(describeFindings(await axe(page, { include: '[data-chart="research-business"]' }))).toEqual([]);
    expect(
      (await svgTextContrast(page, '[data-chart="research-business"] svg text')).filter((t) => t.ratio < 4.5),
    ).toEqual([]);
    await frame.screenshot({ path: screenshotPath('research-business-1280') });

    await frame.getByRole('button', { name: 'Share & download' }).click();
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('button', { name: 'Data in this view (CSV)' }).click(),
    ]);
    const csv = readFileSync((await d.path())!, 'utf8');
    expect(csv).toMatch(
      /Allied Health Professions, Dentistry, Nursing and Pharmacy",3,Manufacturing,21,.*Research and industry strength meet/,
    );
    // The CSV gives each pair's staff FTE and says which research LQs are not counted.
    expect(csv).toContain(',staff_submitted_fte,research_lq_not_counted,');
    expect(csv).toMatch(
      new RegExp(
        `Modern Languages and Linguistics,13,.*,${ml.lq},[\\d.]+,${ml.fte},research LQ on under 10 FTE submitted: not counted as a strength,`,
      ),
    );
    const [n] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('button', { name: 'Notes on the data (text)' }).click(),
    ]);
    const notes = readFileSync((await n.path())!, 'utf8');
    expect(notes).toContain('REF 2021, UK higher education funding bodies');
    expect(notes).toMatch(/counted at its head office/);
    expect(notes).toMatch(/there is no official concordance/);
    // The concordance itself downloads from the same menu: all 62 links with their reasons.
    const [c] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('button', { name: 'Concordance of subjects to industries (CSV)' }).click(),
    ]);
    const links = readFileSync((await c.path())!, 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(links[0]).toBe('\uFEFFuoa,uoa_name,industry_code,industry_name,sic_2007,reason');
    expect(links).toHaveLength(63);
    expect(links[1]).toBe(
      '1,Clinical Medicine,17,Health,86,Clinical medicine is the research base of hospital and medical practice.',
    );
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('button', { name: 'Image (SVG)' }).click(),
    ]);
    expect(readFileSync((await svg.path())!, 'utf8')).toMatch(/head office/);

    // Each subject Black Country is strong in both links to that subject's national view (?view=both),
    // in the order of its pairs, once each; worked from the cube files.
    const bothLinks = page.getByTestId('places-both-links').getByRole('link');
    const subjects = blackCountryBothSubjects();
    expect(subjects.length).toBeGreaterThan(0);
    expect(await bothLinks.allInnerTexts()).toEqual(subjects.map((s) => s.name));
    const href = new URLSearchParams((await bothLinks.first().getAttribute('href'))!.split('?')[1]);
    expect([href.get('view'), href.get('dataset'), href.get('sector')]).toEqual([
      'both',
      'ref2021-4star-fte',
      String(subjects[0].uoa),
    ]);
    expect(errors).toEqual([]);
  });

  it('fits a 360 px phone', async ({ app }) => {
    const { page } = await app.open('?view=profile&area=E37000053', {
      viewport: { width: 360, height: 780 },
      ready: 'none',
    });
    await page.getByTestId('strengths-both').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page
      .locator('[data-chart="research-business"]')
      .screenshot({ path: screenshotPath('research-business-360') });
  });
});
