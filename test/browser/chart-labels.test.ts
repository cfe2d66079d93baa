// Names on the profile's charts are readable: the industry space's names cover no other name and no
// other circle, and the bubble chart's corner labels cover no bubble (beyond grazing a rim), one left
// out being said in the chart's notes. Birmingham's corner "Specialised, growing faster" ran into a
// bubble, and Black Country's "Professional, scienti…" over "Property".
import { describe, expect, it } from './harness';
import { CORNER_FONT_SIZE, GRAZE } from '../../src/lib/profile/bubble-quadrants';
import type { Page } from 'playwright-core';

type Circle = { code: string; cx: number; cy: number; r: number };

/** What is wrong with the names of the chart drawn in `svg` (selector), as sentences. */
async function problems(page: Page, svg: string, names: string, circles: string, slack: number): Promise<string[]> {
  return page.locator(svg).evaluate(
    (el, [names, circles, slack]) => {
      const found: string[] = [];
      const dots: Circle[] = [...el.querySelectorAll(circles as string)].map((c) => ({
        code: c.getAttribute('data-sector') ?? '',
        cx: Number(c.getAttribute('cx')),
        cy: Number(c.getAttribute('cy')),
        r: Number(c.getAttribute('r')),
      }));
      // One box per line (a corner label's two lines are tspans).
      const boxes = [...el.querySelectorAll<SVGTextElement>(names as string)].flatMap((t, n) => {
        const lines = [...t.querySelectorAll<SVGTSpanElement>('tspan')];
        return (lines.length ? lines : [t]).map((l) => ({
          n,
          text: l.textContent,
          code: t.getAttribute('data-sector'),
          b: l.getBBox(),
        }));
      });
      for (const [i, { n, text, code, b }] of boxes.entries()) {
        // Two lines of one corner label may touch; lines of different names may not.
        for (const o of boxes.slice(i + 1).filter((o) => o.n !== n))
          if (
            b.x < o.b.x + o.b.width - 1 &&
            o.b.x < b.x + b.width - 1 &&
            b.y < o.b.y + o.b.height - 1 &&
            o.b.y < b.y + b.height - 1
          )
            found.push(`"${text}" over "${o.text}"`);
        for (const c of dots) {
          if (c.code === code) continue;
          const nx = Math.max(b.x, Math.min(c.cx, b.x + b.width));
          const ny = Math.max(b.y, Math.min(c.cy, b.y + b.height));
          if (Math.hypot(nx - c.cx, ny - c.cy) < c.r - (slack as number))
            found.push(`"${text}" over the circle of ${c.code}`);
        }
      }
      return found;
    },
    [names, circles, slack] as const,
  );
}

describe('profile chart labels', () => {
  it('cover no other name or circle (industry space) and no bubble (corner labels), at 1280 and 320 px', async ({
    app,
  }) => {
    const page = await (await app.context({ viewport: { width: 1280, height: 800 } })).newPage();
    for (const query of ['?view=profile&area=E37000001', '?view=profile&geo=lad&area=E08000025']) {
      await page.goto(app.url(query));
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: 800 });
        const where = `${query} at ${width} px`;
        const space = page.locator('svg[data-export="next-space"]');
        await space.locator('text.label').first().waitFor();
        await expect.poll(() => space.getAttribute('width').then((w) => Number(w) <= width)).toBe(true);
        expect(await problems(page, 'svg[data-export="next-space"]', 'text.label', 'circle.node', 1), where).toEqual(
          [],
        );
        const bubble = page.locator('[data-chart="profile-bubble"]');
        await expect
          .poll(() =>
            bubble
              .locator('svg')
              .getAttribute('width')
              .then((w) => Number(w) <= width),
          )
          .toBe(true);
        // The layout's box is 1 em tall, the drawn glyphs' box a little more: 2 px of that allowed.
        expect(
          await problems(page, '[data-chart="profile-bubble"] svg', 'text.quad-label', 'circle.bubble', GRAZE + 2),
          where,
        ).toEqual([]);
        // The sectors' names keep off the corner labels as drawn (11 px, also where the names are 10 px).
        expect(
          await page
            .locator('[data-chart="profile-bubble"] text.quad-label')
            .evaluateAll((ts) => ts.map((t) => getComputedStyle(t).fontSize)),
          where,
        ).toEqual(Array(await bubble.locator('text.quad-label').count()).fill(`${CORNER_FONT_SIZE}px`));
        expect(
          await problems(
            page,
            '[data-chart="profile-bubble"] svg',
            'text.quad-label, text.label',
            'circle.bubble',
            GRAZE + 2,
          ),
          where,
        ).toEqual([]);
        const corners = await bubble.locator('text.quad-label').count();
        expect(await bubble.getByText(/A corner label is left out|Corner labels are left out/).count(), where).toBe(
          corners < 4 ? 1 : 0,
        );
      }
    }
    // Birmingham's top-right corner has no clear place at 1280 px: left out, and said so.
    await page.setViewportSize({ width: 1280, height: 800 });
    const bubble = page.locator('[data-chart="profile-bubble"]');
    await expect.poll(() => bubble.locator('text.quad-label').count()).toBe(3);
    expect(await bubble.getByText(/left out where it would cover a bubble: top right, specialised/).count()).toBe(1);
  });
});
