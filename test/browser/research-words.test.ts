// REF 2021's sectors are subjects (units of assessment): the masthead, the picker's label, the
// ranking, the profile's headings, headline facts and table heading say "subject", never "sector".
import { describe, expect, it } from './harness';

describe('research datasets name their subjects', () => {
  it('on the REF map: the masthead, the picker and the ranking', async ({ app }) => {
    const { page, errors } = await app.open('?dataset=ref2021-4star-fte&sector=1', { ready: '.ranking figcaption' });
    expect(await page.locator('.masthead .lede').innerText()).toContain(
      "A location quotient (LQ) compares a subject's share of an area's 4* FTE with its share in England",
    );
    expect(await page.getByLabel('Subject', { exact: true }).inputValue()).toBe('1');
    expect(await page.getByLabel('Sector', { exact: true }).count()).toBe(0);
    await expect
      .poll(() => page.locator('.ranking .unranked').first().textContent())
      .toMatch(/^\s*21 LEPs with 0 in this subject are not ranked\.\s*$/);
    expect(errors).toEqual([]);
  });

  it('on a REF profile: headings, headline facts, peers and the table speak of subjects', async ({ app }) => {
    const { page, errors } = await app.open('?view=profile&area=E37000001&dataset=ref2021-4star-fte', {
      ready: '[data-testid="science-ukri"]',
    });
    const body = page.locator('main');
    await expect.poll(() => body.innerText()).toContain('Location quotient of every subject in Black Country, 2021');
    const text = await body.innerText();
    expect(text).toContain('World-leading research volume (4* FTE) by subject in 2021');
    expect(text).toMatch(/would have to change subject for Black Country to match England's mix/);
    expect(text).toMatch(/its largest subject, Allied Health Professions, Dentistry, Nursing and Pharmacy, has/);
    expect(text).toMatch(/whose mix of 4\* FTE across subjects is closest to Black Country's/);
    // How sure: the 10 FTE of staff rule, not "fewer than 100 4* FTE".
    expect(text).toContain(
      'a research location quotient on under 10 FTE of staff submitted rests on one small submission',
    );
    expect(text).not.toContain('fewer than 100 4* FTE');
    expect(await page.locator('figure[data-chart="profile-bars"] th[scope="col"]').first().textContent()).toBe(
      'Subject',
    );
    expect(errors).toEqual([]);
  });

  it('on a UKRI profile, In brief names no council a strength on under £1m awarded in the year', async ({ app }) => {
    // Dorset won £131k in 2019/20, all of it from AHRC: an LQ of 21.12 on what is one or two awards.
    const { page, errors } = await app.open('?view=profile&area=E37000009&dataset=ukri-awarded', {
      ready: '[data-chart="profile-bubble"] circle.bubble',
    });
    const brief = page.getByRole('region', { name: 'In brief' });
    await expect.poll(() => brief.innerText()).toContain('Strongest specialisms');
    const text = await brief.innerText();
    expect(text).toContain(
      'No research council in Dorset has a location quotient above 1 against England on at least £1m awarded in 2019/20.',
    );
    expect(text).toContain('It is Arts and Humanities (AHRC) (21.12 on £131k).');
    expect(text).toContain('a location quotient on under £1m awarded in a year rests on one or two awards');
    // Money as money, councils as councils: not "95% of £ thousands", "each sector" or "a bubble is a sector".
    expect(text).toContain('about 95% of the £ awarded would have to change research council for Dorset');
    expect(text).toContain('has 100.0% of the £ awarded.');
    expect(text).toContain('the squared share of each research council');
    expect(text).not.toMatch(/of £ thousands|sector/);
    const bubble = await page.locator('[data-chart="profile-bubble"]').innerText();
    expect(bubble).toContain('Each bubble is a research council:');
    expect(bubble).toContain('its growth in £ awarded since 2015/16; bubble area, its £ awarded.');
    expect(bubble).not.toMatch(/number of £ thousands/);
    // AHRC's bubble (LQ 21.12, the largest) lies wholly inside the plot's frame: it was cut off at the right.
    const outside = await page.locator('[data-chart="profile-bubble"] svg').evaluate((svg) => {
      const f = svg.querySelector('rect.frame')!;
      const [x0, w] = [Number(f.getAttribute('x')), Number(f.getAttribute('width'))];
      return [...svg.querySelectorAll('circle.bubble')]
        .map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('r'))])
        .filter(([cx, r]) => cx - r < x0 - 0.5 || cx + r > x0 + w + 0.5);
    });
    expect(outside).toEqual([]);
    // Its notes too: 7 councils with nothing awarded, and no "sector" anywhere in the chart.
    expect(bubble).toContain('7 research councils not shown: none in the area.');
    expect(bubble).toContain('Labels name the top research council and the specialised research councils');
    expect(bubble).not.toMatch(/sector/i);
    // The bars' note: two sentences, not "bands.Select".
    const bars = await page.locator('[data-chart="profile-bars"]').innerText();
    expect(bars).toContain(
      "Colours follow the map's location-quotient bands. Select a research council to see its trend below.",
    );
    // Councils that awarded Dorset nothing read "none in Dorset", a true zero: no "suppressed" note.
    expect(bars).toContain('none in Dorset');
    expect(bars).not.toContain('⊘ No figure');
    expect(await page.locator('[data-chart="profile-bars"] g.no-figure').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('on a UKRI profile of a year with no awards at all, says so instead of "no figure"', async ({ app }) => {
    const { page, errors } = await app.open('?view=profile&area=E37000001&dataset=ukri-awarded', {
      ready: '[data-chart="profile-bars"] .bar-row',
    });
    const brief = page.getByRole('region', { name: 'In brief' });
    await expect.poll(() => brief.innerText()).toContain('Strongest specialisms');
    const text = await brief.innerText();
    expect(text).toContain(
      'Black Country has nothing in any research council in 2019/20 (a true zero, not missing): with no total there is no mix to compare, so no location quotients.',
    );
    expect(text).not.toContain('have no figure and are left out');
    expect(text).toContain(
      'Krugman index: does not apply, as Black Country has nothing in any research council in 2019/20, so there is no mix to compare.',
    );
    expect(text).not.toContain('no figure');
    expect(await page.locator('[data-chart="profile-bars"]').innerText()).not.toContain('⊘ No figure');
    expect(errors).toEqual([]);
  });
});
