// Sharing: the URL is the view (reload, back and forward), downloads hold what the view shows,
// and an embed resizes its host page's iframe to fit.
import { describe, expect, it, type App } from './harness';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';

async function download(page: Page, button: string): Promise<{ name: string; body: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await d.path();
  return { name: d.suggestedFilename(), body: readFileSync(path!) };
}

describe('the URL is the view', () => {
  it('comes back the same after a reload', async ({ app }) => {
    const { page } = await app.open();
    await page.getByRole('radio', { name: /Districts/ }).check();
    await page.getByLabel('Sector').selectOption({ label: 'Construction' });
    await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Growth (% change)' });
    await expect.poll(() => page.url()).toContain('metric=growth');
    const title = await page.locator('#view-title').innerText();
    await page.reload();
    await page.locator('path.area').first().waitFor();
    expect(await page.locator('#view-title').innerText()).toBe(title);
    await expect.poll(() => page.locator('path.area').count()).toBe(309);
    expect(await page.getByLabel('Show', { exact: true }).inputValue()).toBe('growth');
  });

  it('moves through changes with back and forward', async ({ app }) => {
    const { page } = await app.open();
    await page.getByLabel('Sector').selectOption({ label: 'Construction' });
    await expect.poll(() => page.url()).toContain('sector=');
    await page.getByLabel('Sector').selectOption({ label: 'Retail' });
    await expect.poll(() => page.locator('#view-title').innerText()).toMatch(/^Retail/);
    await expect.poll(() => page.url()).toMatch(/sector=7/);
    await page.goBack();
    await expect.poll(() => page.locator('#view-title').innerText()).toMatch(/^Construction/);
    await page.goForward();
    await expect.poll(() => page.locator('#view-title').innerText()).toMatch(/^Retail/);
  });

  it('falls back to defaults on a garbage URL without a blank page', async ({ app }) => {
    const { page, errors } = await app.open('?dataset=%00&geo=mars&sector=<b>&year=1066&sort=-x');
    expect(await page.locator('#view-title').innerText()).toMatch(/^Manufacturing: which LEPs/);
    expect(await page.locator('path.area').count()).toBe(38);
    // It says which values it could not use, shown as text.
    const notice = page.getByRole('status').filter({ hasText: 'does not have' });
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/“geo=mars”, “sort=-x” and “dataset=\ufffd”/);
    // A sector and year the dataset lacks are named too, with what is shown instead (once the data opens).
    await expect
      .poll(() => notice.innerText())
      .toMatch(
        /has no sector “<b>”, so Manufacturing is shown instead\. It has no year “1066”, so 2022 is shown instead\./,
      );
    expect(errors).toEqual([]);
  });

  it('says which names in a link it ignored, and applies the rest', async ({ app }) => {
    const { page, errors } = await app.open('?level=lad&metric=growth');
    const notice = page.getByRole('status').filter({ hasText: 'does not use' });
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/ignored: “level”/);
    expect(await page.locator('path.area').count()).toBe(38);
    expect(await page.locator('#ctl-show').inputValue()).toBe('growth');
    expect(errors).toEqual([]);
  });
});

describe("a link to a dataset loaded from someone's own file", () => {
  it('explains that the file cannot travel with the link, and shows the default data', async ({ app }) => {
    const { page, errors } = await app.open('?dataset=local-my-jobs&geo=lad');
    const notice = page.getByRole('status').filter({ hasText: 'own file' });
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/never leave the computer/);
    expect(await page.locator('#ctl-dataset').inputValue()).toBe('ubc-enterprises');
    // The rest of the URL still applies.
    await expect.poll(() => page.locator('path.area').count()).toBe(309);
    expect(errors).toEqual([]);
  });
});

describe('downloads', () => {
  /** The map sorted by name, with the share panel open. */
  async function openShare(app: App) {
    const { page, errors } = await app.open('?sort=name', {
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    await page.getByRole('button', { name: 'Share & download' }).click();
    return { page, errors };
  }

  it("the view CSV's first line is its header, and it holds the rows the table shows, in its order; the Excel file opens with a Data sheet (the same table) and a Notes sheet (source, licence, columns)", async ({
    app,
  }) => {
    const { page, errors } = await openShare(app);
    const { name, body } = await download(page, 'Data in this view (CSV)');
    expect(name).toMatch(/^specialisation-atlas_enterprises_manufacturing_2022_.*\.csv$/);
    const text = body.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'area_code,area_name,sector_code,sector_name,year,enterprises_count,share_of_area_total_pct,location_quotient',
    );
    const csvCodes = lines
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split(',')[0]);
    const tableCodes = await page.locator('tbody th .code').allInnerTexts();
    expect(csvCodes).toEqual(tableCodes);
    // Metadata is not in the table: no "Source" row, no notes above the header.
    expect(text).not.toContain('Open Government Licence');
    // Full precision without float noise: no LQ has more than 10 significant digits.
    const lqs = lines
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split(',')[7]);
    expect(lqs.every((q) => q.replace(/^0\.0*|\./g, '').length <= 10)).toBe(true);

    const excel = await download(page, 'Data in this view (Excel, with notes)');
    expect(excel.name).toMatch(/^specialisation-atlas_enterprises_manufacturing_2022_.*\.xlsx$/);
    const sheets = (await readXlsxFile(excel.body)) as unknown as { sheet: string; data: unknown[][] }[];
    expect(sheets.map((s) => s.sheet)).toEqual(['Data', 'Notes']);
    const [data, notes] = sheets.map((s) => s.data);
    expect(data[0]).toEqual([
      'area_code',
      'area_name',
      'sector_code',
      'sector_name',
      'year',
      'enterprises_count',
      'share_of_area_total_pct',
      'location_quotient',
    ]);
    expect(data).toHaveLength(39);
    expect(data.slice(1).map((r) => r[0])).toEqual(tableCodes);
    // Numbers are numbers in the sheet, not text.
    expect(data.slice(1).every((r) => typeof r[5] === 'number' && typeof r[7] === 'number')).toBe(true);
    const note = (k: string) => notes.find((r) => r[0] === k)?.[1];
    expect(note('Title')).toBe('Manufacturing: which LEPs are specialised?');
    expect(note('Licence')).toMatch(/Open Government Licence/);
    expect(note('Filters')).toMatch(/Sector: Manufacturing; Year: 2022/);
    expect(note('Column location_quotient')).toMatch(/1 is the same mix as England/);
    expect(errors).toEqual([]);
  });

  it('the whole-dataset CSV has every canonical row under a header on row 1, named for the dataset; the notes file names each CSV, its source and licence, and is titled by what each file holds', async ({
    app,
  }) => {
    const { page, errors } = await openShare(app);
    const { name, body } = await download(page, 'Whole dataset (CSV)');
    expect(name).toBe('specialisation-atlas_enterprises-by-industry-uk-business-counts_every-area-sector-and-year.csv');
    const lines = body.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'area_code,area_name,area_level,lep_name,sector_code,sector_name,year,enterprises_count,flag',
    );
    expect(lines.slice(1).filter(Boolean)).toHaveLength(348 * 18 * 5);
    // Bromsgrove sits in two LEPs: both are named.
    expect(lines.find((l) => l.startsWith('E07000234,'))).toContain('Greater Birmingham and Solihull; Worcestershire');

    const notes = await download(page, 'Notes on the data (text)');
    expect(notes.name).toMatch(/_notes\.txt$/);
    const text = notes.body.toString('utf8');
    expect(text).toContain('Source: Office for National Statistics licensed under the Open Government Licence v.3.0');
    expect(text).toContain('Title: Manufacturing: which LEPs are specialised?');
    expect(text).toContain('Title: Enterprises by industry (UK Business Counts): every area, sector and year');
    expect(text).toMatch(/Column share_of_area_total_pct: .*per cent/);
    expect(errors).toEqual([]);
  });

  it('the SVG is a standalone document with the title, legend and source; the PNG is a valid image at twice its size, and not blank', async ({
    app,
  }) => {
    const { page, errors } = await openShare(app);
    const { name, body } = await download(page, 'Image (SVG)');
    expect(name).toMatch(/\.svg$/);
    const svg = body.toString('utf8');
    const check = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: root.nodeName,
        width: root.getAttribute('width'),
        height: root.getAttribute('height'),
        paths: doc.querySelectorAll('path').length,
      };
    }, svg);
    expect(check.error).toBe(0);
    expect(check.root).toBe('svg');
    expect(Number(check.width)).toBeGreaterThan(300);
    expect(check.paths).toBeGreaterThanOrEqual(38);
    expect(svg).toContain('Manufacturing: which LEPs are specialised?');
    expect(svg).toContain('0.80 to 1.25 (about the same as England)');
    expect(svg).toContain('Open Government Licence');

    const svgWidth = Number(svg.match(/<svg[^>]*\swidth="([\d.]+)"/)![1]);
    const png = (await download(page, 'Image (PNG)')).body;
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBe(Math.round(svgWidth * 2));
    expect(height).toBeGreaterThan(400);
    const colours = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return seen.size;
    }, png.toString('base64'));
    expect(colours).toBeGreaterThan(20);
    expect(errors).toEqual([]);
  });
});

describe('embed', () => {
  it('shows the chart alone, and its snippet resizes the host iframe to the content', async ({ app }) => {
    const { page } = await app.open('', { viewport: { width: 1000, height: 900 } });
    await page.getByRole('button', { name: 'Share & download' }).click();
    const snippet = await page.locator('#embed-snippet').inputValue();
    expect(snippet).toMatch(/[?&amp;;]embed\b/);
    // A host page with the snippet pasted in, as a publisher's page would have it.
    const host = app.url() + 'host-page-for-test.html';
    await page.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html><body><h1>Host</h1><div style="width:600px">${snippet}</div></body></html>`,
      }),
    );
    await page.goto(host);
    const frame = page.frameLocator('iframe');
    await frame.locator('path.area').first().waitFor();
    expect(await frame.locator('nav').count()).toBe(0); // no app chrome
    expect(await frame.getByRole('link', { name: 'Open in the Specialisation Atlas' }).count()).toBe(1);
    await expect
      .poll(async () => {
        const [iframeHeight, contentHeight] = await Promise.all([
          page.locator('iframe').evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height),
          page
            .locator('iframe')
            .evaluate((f) => (f as HTMLIFrameElement).contentDocument?.documentElement.scrollHeight ?? -1),
        ]);
        return Math.abs(iframeHeight - contentHeight) <= 2 && iframeHeight !== 560;
      })
      .toBe(true);
  });
});

describe('sharing the area profile', () => {
  it('downloads one CSV row per sector and the LQ chart as SVG, and embeds without the app around it', async ({
    app,
  }) => {
    const { page } = await app.open('?view=profile&area=E37000001', {
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
      ready: 'svg[data-export="profile-bars"]:not([aria-busy])',
    });
    // The profile's own share block comes first; its sections below have their own.
    await page.getByRole('button', { name: 'Share & download' }).first().click();
    const csv = (await download(page, 'Data in this view (CSV)')).body.toString('utf8').slice(1).split('\r\n');
    expect(csv[0]).toBe(
      'area_code,area_name,sector_code,sector_name,year,enterprises_count,flag,share_of_area_total_pct,location_quotient',
    );
    const rows = csv.slice(1).filter(Boolean);
    expect(rows).toHaveLength(18);
    expect(rows.every((l) => l.startsWith('E37000001,Black Country,'))).toBe(true);
    const svg = (await download(page, 'Image (SVG)')).body.toString('utf8');
    expect(svg).toContain('Location quotient of every sector in Black Country, 2022');

    await page.goto(app.url() + '?view=profile&area=E37000001&embed');
    await page.locator('svg[data-export="profile-bars"]').waitFor();
    expect(await page.locator('nav').count()).toBe(0);
    expect(await page.getByRole('combobox', { name: /Find/ }).count()).toBe(0);
  });
});

describe('The share panel', () => {
  it('fetches the panel only when it is wanted, and says so when it cannot be fetched', async ({ app }) => {
    // The panel and the export code are their own chunk (ShareMenu.svelte), not part of the first map.
    const asked: string[] = [];
    const { page } = await app.open('', {
      before: (p) =>
        p.route(/SharePanel-[^/]*\.js$/, (route) => {
          asked.push(route.request().url());
          return route.abort();
        }),
    });
    expect(asked).toEqual([]);
    await page.getByRole('button', { name: 'Share & download' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'could not be loaded' }).count()).toBe(1);
    expect(asked.length).toBeGreaterThan(0);
  });
});

describe('Escape', () => {
  it('closes the share panel without clearing the selected area', async ({ app }) => {
    const { page } = await app.open('?area=E37000001');
    await page.getByRole('button', { name: 'Share & download' }).click();
    await page.getByRole('button', { name: 'Copy link' }).focus();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('group', { name: 'Share and download' }).count()).toBe(0);
    expect(await page.locator('path.selected-ring').count()).toBe(1);
    // Away from the panel, Escape clears the selection as before.
    await page.locator('h1').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('path.selected-ring').count()).toBe(0);
  });
});
