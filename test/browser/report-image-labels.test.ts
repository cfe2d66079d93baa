// Issue 17, item 1: a profile chart's image is readable on its own. Every sector name in the
// exported LQ bars is drawn with its letters above the white halo, so the PNG's label pixels are
// ink, not background; the "†" mark is explained in the image; the map image's legend has the
// stripes of the districts in two LEPs.
import { describe, expect, it, type App } from './harness';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';

async function download(page: Page, button: string): Promise<Buffer> {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return readFileSync((await d.path())!);
}

async function open(app: App, query: string, ready: string): Promise<Page> {
  const { page } = await app.open(query, { acceptDownloads: true, viewport: { width: 1366, height: 768 }, ready });
  await page.getByRole('button', { name: 'Share & download' }).first().click();
  return page;
}

describe('item 1: the profile chart image has readable sector names', () => {
  it('draws every name above its halo, and the PNG shows ink where the names are', async ({ app }) => {
    // The Isles of Scilly: small counts, so some figures carry the "†" of a rounded count.
    const page = await open(app, '?view=profile&area=E06000053', 'svg[data-export="profile-bars"]:not([aria-busy])');
    const names = await page.locator('svg[data-export="profile-bars"] text.name').allTextContents();
    expect(names).toHaveLength(18);
    const svg = (await download(page, 'Image (SVG)')).toString('utf8');
    const png = (await download(page, 'Image (PNG)')).toString('base64');

    const result = await page.evaluate(
      async ({ svg, png, names }) => {
        const holder = document.createElement('div');
        holder.style.cssText = 'position:absolute;left:0;top:0;';
        holder.innerHTML = svg.replace(/^<\?xml[^>]*>/, '');
        document.body.append(holder);
        const root = holder.querySelector('svg')!;
        const rootBox = root.getBoundingClientRect();
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const scale = img.width / rootBox.width;
        const texts = [...root.querySelectorAll('text')];
        const out = names.map((name) => {
          const same = texts.filter((t) => t.textContent === name);
          const letters = same.filter((t) => !t.hasAttribute('data-halo'));
          const halos = same.filter((t) => t.hasAttribute('data-halo'));
          const t = letters[0];
          if (!t) return { name, found: false, strokeOnTop: false, haloAfter: false, ink: 0 };
          const stroke = t.getAttribute('stroke');
          const order = t.getAttribute('paint-order') ?? '';
          const strokeOnTop = !!stroke && stroke !== 'none' && !/^stroke/.test(order);
          // A halo must come before the letters in document order (painted underneath).
          const haloAfter = halos.some((h) => (t.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
          const b = t.getBoundingClientRect();
          const x0 = Math.floor((b.left - rootBox.left) * scale);
          const y0 = Math.floor((b.top - rootBox.top) * scale);
          const w = Math.max(1, Math.ceil(b.width * scale));
          const h = Math.max(1, Math.ceil(b.height * scale));
          const data = ctx.getImageData(x0, y0, w, h).data;
          let ink = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 3 * 110) ink++;
          return { name, found: true, strokeOnTop, haloAfter, ink };
        });
        holder.remove();
        return out;
      },
      { svg, png, names },
    );
    for (const r of result) {
      expect(r, r.name).toMatchObject({ found: true, strokeOnTop: false, haloAfter: false });
      expect(r.ink, `ink pixels in "${r.name}"`).toBeGreaterThan(20);
    }
    expect(svg).toContain('† Small count, rounded by the source to the nearest 5');
  });
});

describe('item 1: the map image legend', () => {
  it('includes the stripes for districts in two LEPs', async ({ app }) => {
    const page = await open(app, '', 'path.area');
    const svg = (await download(page, 'Image (SVG)')).toString('utf8');
    expect(svg).toContain('District in two LEPs');
    expect(svg).toMatch(/<pattern id="sa-export-swatch-\d+"[^>]*rotate\(45\)/);
  });
});
