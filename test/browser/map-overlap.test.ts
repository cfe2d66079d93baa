// The seven districts in two LEPs show both memberships on the LEP map; neither LEP hides the other.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from './harness';

const lookup = JSON.parse(readFileSync('public/data/lad-lep-lookup.json', 'utf8')) as {
  ladToLep: Record<string, string[]>;
  shared: string[];
};

describe('overlapping LEPs', () => {
  it('draws each shared district striped with both LEPs', async ({ app }) => {
    const { page } = await app.open();
    expect(lookup.shared).toHaveLength(7);
    const overlaps = await page
      .locator('path.overlap')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-overlap'), e.getAttribute('data-leps')]));
    expect(overlaps.map(([c]) => c).sort()).toEqual([...lookup.shared].sort());
    for (const [lad, leps] of overlaps) {
      expect(leps!.split(' ').sort()).toEqual([...lookup.ladToLep[lad!]].sort());
      // The stripe pattern holds both LEPs' fills.
      const stripeFills = await page
        .locator(`pattern#overlap-${lad} rect`)
        .evaluateAll((els) => els.map((e) => e.getAttribute('fill')));
      const lepFills = await Promise.all(
        leps!.split(' ').map((c) => page.locator(`path.area[data-code="${c}"]`).getAttribute('fill')),
      );
      expect(stripeFills).toEqual(lepFills);
    }
  });

  it('names both LEPs in the tooltip of a shared district, and in the legend', async ({ app }) => {
    const { page } = await app.open();
    const lad = lookup.shared[0];
    await page.locator(`path.overlap[data-overlap="${lad}"]`).hover({ force: true });
    const text = await page.getByRole('tooltip').innerText();
    expect(text).toContain('district in two LEPs');
    expect(text).toContain('Greater Birmingham and Solihull');
    expect(await page.getByRole('figure', { name: 'Map legend' }).innerText()).toMatch(/District in two LEPs/);
  });
});
