// Issue 17, item 2: the districts of a chosen LEP, on the map, ranking, table and download; LEP
// outlines over the districts; each district's LEP(s) in the table and CSV; the LEP's districts in
// its profile with their LQs. Greater Birmingham and Solihull (E37000012) has nine districts: four
// shared with Stoke-on-Trent and Staffordshire and three with Worcestershire.
import { describe, expect, it, type App } from './harness';
import { readFileSync } from 'node:fs';

const GBS = 'E37000012';

function page(app: App, query: string, ready: string) {
  return app.open(query, { acceptDownloads: true, viewport: { width: 1366, height: 768 }, ready });
}

describe('item 2: districts of a LEP', () => {
  it("lists the LEP's nine districts in its profile with their LQs, and they match the district map", async ({
    app,
  }) => {
    const { page: p, errors } = await page(app, `?view=profile&area=${GBS}`, 'section.lep-districts tbody tr');
    const rows = p.locator('section.lep-districts tbody tr');
    expect(await rows.count()).toBe(9);
    // The numbers' headings sit over them, at the right, as the figures do.
    const aligns = await p
      .locator('section.lep-districts thead th')
      .evaluateAll((ths) => ths.map((th) => getComputedStyle(th).textAlign));
    expect(aligns).toEqual(['left', 'right', 'right']);
    const listed = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        code: tr.getAttribute('data-code'),
        name: tr.querySelector('th button')!.textContent!.trim(),
        lq: tr.querySelectorAll('td')[0].textContent!.trim(),
        also:
          tr
            .querySelector('.also')
            ?.textContent!.replace(/^also in /, '')
            .trim() ?? '',
      })),
    );
    expect(
      listed
        .filter((d) => d.also === 'Stoke-on-Trent and Staffordshire')
        .map((d) => d.name)
        .sort(),
    ).toEqual(['Cannock Chase', 'East Staffordshire', 'Lichfield', 'Tamworth']);
    expect(
      listed
        .filter((d) => d.also === 'Worcestershire')
        .map((d) => d.name)
        .sort(),
    ).toEqual(['Bromsgrove', 'Redditch', 'Wyre Forest']);
    expect(
      listed
        .filter((d) => d.also === '')
        .map((d) => d.name)
        .sort(),
    ).toEqual(['Birmingham', 'Solihull']);
    for (const d of listed) expect(d.lq).toMatch(/^\d+\.\d\d/);

    // One click shows them on the district map; the table there gives the same LQs.
    await p.getByRole('button', { name: 'Show these districts on the map' }).click();
    await p.locator('path.area').first().waitFor();
    await expect.poll(() => p.locator('tbody th .code').count()).toBe(9);
    const table = await p
      .locator('.table-wrap tbody tr')
      .evaluateAll((trs) =>
        Object.fromEntries(
          trs.map((tr) => [
            tr.querySelector('.code')!.textContent,
            tr.querySelector('.lq-value')!.textContent!.replace('*', '').trim(),
          ]),
        ),
      );
    for (const d of listed) expect(table[d.code!], d.name).toBe(d.lq.replace('*', ''));
    expect(errors).toEqual([]);
  });

  it('finds a LEP from the district search and shows only its districts, LEP outlines drawn over them', async ({
    app,
  }) => {
    const { page: p } = await page(app, '?geo=lad', 'path.area');
    const search = p.getByRole('combobox', { name: 'Find an area' });
    await search.fill('Greater Birm');
    const option = p.getByRole('listbox', { name: 'Matching areas' }).getByRole('option').first();
    expect(await option.innerText()).toMatch(/Greater Birmingham and Solihull.*LEP/);
    await search.press('Enter');
    await expect.poll(() => p.url()).toContain(`lep=${GBS}`);
    expect(await p.locator('#view-title').innerText()).toBe(
      'Manufacturing: which districts of Greater Birmingham and Solihull are specialised?',
    );
    await expect.poll(() => p.locator('path.area').count()).toBe(9);
    await expect.poll(() => p.locator('path.outside').count()).toBe(300);
    expect(await p.locator('path.lep-line').count()).toBe(38);
    expect(await p.locator(`path.lep-line.focus-lep[data-lep-line="${GBS}"]`).count()).toBe(1);
    expect(await p.locator('.ranking g.bar-row').count()).toBe(9);
    // Each district's LEP(s) in the table: both for a district in two.
    const lichfield = p.locator('.table-wrap tbody tr', { hasText: 'Lichfield' });
    expect(await lichfield.locator('.leps').innerText()).toBe(
      'LEP: Greater Birmingham and Solihull; Stoke-on-Trent and Staffordshire',
    );
  });

  it('keeps the LEP when switching from LEPs to districts, and the CSV holds its nine districts with their LEPs', async ({
    app,
  }) => {
    const { page: p } = await page(app, `?area=${GBS}`, 'path.area');
    await p.getByRole('radio', { name: /Districts/ }).check();
    await expect.poll(() => p.locator('path.area').count()).toBe(9);
    expect(p.url()).toContain(`lep=${GBS}`);
    expect(await p.locator('#ctl-lep').inputValue()).toBe(GBS);
    await p.getByRole('button', { name: 'Share & download' }).click();
    const [d] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: 'Data in this view (CSV)' }).click(),
    ]);
    const text = readFileSync((await d.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = text.split('\r\n').filter(Boolean);
    const headerAt = lines.findIndex((l) => /^"?area_code/.test(l) || /^Area code/.test(l));
    const header = lines[headerAt].split(',');
    const lepCol = header.findIndex((h) => /^"?(lep|LEP)/.test(h));
    expect(lepCol).toBeGreaterThan(0);
    const body = lines.slice(headerAt + 1).filter((l) => /^E0[6-9]/.test(l));
    expect(body).toHaveLength(9);
    expect(body.find((l) => l.includes('Bromsgrove'))).toContain('Greater Birmingham and Solihull; Worcestershire');
  });
});
