// The pack's research income and the profile's science base read the same period, the five financial
// years of UKRI awards added up, and say so: Black Country won £801k from AHRC over them (£66k in
// 2015/16 and £735k in 2016/17, from the cube file) though nothing in 2019/20 alone. That £801k, all it
// won, is under the pack's £1m minimum (MIN_RANKED_INCOME): its LQ of 22.34 is named, never claimed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from './harness';
import { cubeFromJson } from '../../src/lib/data/cube-json';
import { cellValue } from '../../src/lib/data/cube';

const BLACK_COUNTRY = 'E37000001';

/** Black Country's AHRC awards over every year of the cube file, in £ thousands. */
function ahrcTotal(): number {
  const c = cubeFromJson(JSON.parse(readFileSync('public/data/ukri-awarded.cube.json', 'utf8')));
  const a = c.areaIndex.get(BLACK_COUNTRY)!;
  const s = c.sectorIndex.get('AHRC')!;
  return c.years.reduce((t, _, y) => t + cellValue(c, a, s, y), 0);
}

describe('research income in the pack and the profile', () => {
  it('is the same five-year sum in both, with the period in words', async ({ app }) => {
    const total = ahrcTotal();
    expect(total).toBe(801);
    const { page, errors } = await app.open(`?view=pack&area=${BLACK_COUNTRY}`, {
      ready: 'section.pack[data-ready]',
    });
    const world = page.locator('[data-section="world"]');
    expect(await world.innerText()).toMatch(
      /Research council awards are added up over the 5 financial years 2015\/16 to 2019\/20, as in the area profile’s science base/,
    );
    // The sum written as people write £ thousands, beside the rule that keeps it from being a strength.
    const text = await world.innerText();
    expect(text).toContain(
      'No research council is named as Black Country’s top specialism for 2015/16 to 2019/20: it won under £1m from each of them over the period.',
    );
    expect(text).toContain('It is Arts and Humanities (AHRC) (£801k, location quotient 22.34).');
    expect(text).toContain('A research council counts as a strength only where the area won at least £1m from it');
    expect(text).not.toMatch(/top specialism by research council funding/);
    // No table "with the highest location quotient" of councils none of which can be ranked.
    expect(await page.locator('table[data-pack-table="world-ukri-awarded"]').count()).toBe(0);
    await app.done(page);

    const profile = await app.open(`?view=profile&area=${BLACK_COUNTRY}`, { ready: '[data-testid="science-ukri"]' });
    const ukri = profile.page.getByTestId('science-ukri');
    expect(await ukri.locator('caption').innerText()).toMatch(
      /added up over the 5 financial years 2015\/16 to 2019\/20 \(£ thousands, nominal\)/,
    );
    const profileRow = await ukri
      .locator('tbody tr')
      .first()
      .evaluate((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText.trim()));
    expect(profileRow[0]).toMatch(/AHRC/);
    expect(profileRow[1]).toBe('801');
    expect([...errors, ...profile.errors]).toEqual([]);
  });
});
