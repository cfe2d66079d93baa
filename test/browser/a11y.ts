// Shared accessibility checks for the browser suite: every view (and every view still to come) runs
// the same ones. axe-core with the WCAG 2.0/2.1/2.2 A and AA rules; the contrast of SVG text and of the
// focus indicator, computed from the colours the browser actually paints; whether the focused element
// is covered by something else; sideways scroll and clipped labels for reflow.
import type { Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { contrastRatio, over, parseColour, type Rgba } from '../../src/lib/colour/contrast';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/**
 * Runs axe-core in the page (injected once) against the WCAG A and AA rules and returns what it
 * found, shortened to what a failing test needs to say. `include` limits it to part of the page.
 */
export async function axe(page: Page, options: { include?: string } = {}): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(
    async ({ tags, include }) => {
      const w = window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown[]; failureSummary?: string }[];
            }[];
          }>;
        };
      };
      const result = await w.axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes
          .slice(0, 5)
          .map((n) => ({ target: n.target.join(' '), summary: (n.failureSummary ?? '').slice(0, 300) })),
      }));
    },
    { tags: WCAG_TAGS, include: options.include },
  );
}

/** A readable one-line-per-problem summary, for `expect(...).toEqual([])` failure messages. */
export function describeFindings(findings: AxeFinding[]): string[] {
  return findings.map((f) => `${f.id} (${f.impact}): ${f.help} — ${f.nodes.map((n) => n.target).join(', ')}`);
}

// ——— Colours as painted ———

interface Layer {
  colour: string;
  opacity: number;
}

const toRgba = (l: Layer): Rgba => {
  const c = parseColour(l.colour) ?? { r: 255, g: 255, b: 255, a: 1 };
  return { ...c, a: c.a * l.opacity };
};

/** Paints layers (topmost first) over white. */
function flatten(layers: Layer[]): Rgba {
  let c: Rgba = { r: 255, g: 255, b: 255, a: 1 };
  for (const l of [...layers].reverse()) c = over(toRgba(l), c);
  return c;
}

export interface TextContrast {
  text: string;
  ratio: number;
  fg: string;
  bg: string;
}

/**
 * The contrast of every visible SVG <text> matching `selector`: its fill against what is painted
 * behind its middle (its own halo, if it has one drawn under the fill, or the shapes and boxes below).
 */
export async function svgTextContrast(page: Page, selector = 'svg text'): Promise<TextContrast[]> {
  const raw = await page.evaluate((sel) => {
    const out: { text: string; fg: { colour: string; opacity: number }; bg: { colour: string; opacity: number }[] }[] =
      [];
    const paintOf = (el: Element): { colour: string; opacity: number } | null => {
      const cs = getComputedStyle(el);
      if (el instanceof SVGElement) {
        // Only shapes paint a fill (the <svg> and <g> merely pass theirs on); lines have none.
        if (!(el instanceof SVGGeometryElement) || el instanceof SVGLineElement || el instanceof SVGPolylineElement)
          return null;
        const fill = cs.fill;
        if (!fill || fill === 'none' || fill.startsWith('url(')) return null;
        const o = Number(cs.fillOpacity) * Number(cs.opacity);
        return o > 0 ? { colour: fill, opacity: o } : null;
      }
      const bg = cs.backgroundColor;
      if (!bg || bg === 'transparent' || bg === 'rgba(0, 0, 0, 0)') return null;
      return { colour: bg, opacity: Number(cs.opacity) };
    };
    for (const t of document.querySelectorAll<SVGTextElement>(sel)) {
      const r = t.getBoundingClientRect();
      const cs = getComputedStyle(t);
      if (
        r.width === 0 ||
        r.height === 0 ||
        cs.visibility === 'hidden' ||
        cs.display === 'none' ||
        !t.textContent?.trim()
      )
        continue;
      const fg = { colour: cs.fill, opacity: Number(cs.fillOpacity) * Number(cs.opacity) };
      const halo =
        cs.paintOrder.startsWith('stroke') && cs.stroke !== 'none' && parseFloat(cs.strokeWidth) >= 2
          ? { colour: cs.stroke, opacity: Number(cs.strokeOpacity) }
          : null;
      const bg: { colour: string; opacity: number }[] = [];
      if (halo) bg.push(halo);
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      for (const el of document.elementsFromPoint(x, y)) {
        if (el === t || t.contains(el)) continue;
        const p = paintOf(el);
        if (!p) continue;
        bg.push(p);
        if (p.opacity >= 1 && !p.colour.startsWith('rgba')) break;
      }
      out.push({ text: t.textContent.trim().slice(0, 60), fg, bg });
    }
    return out;
  }, selector);
  return raw.map((t) => {
    const bg = flatten(t.bg);
    const fg = over(toRgba(t.fg), bg);
    const hex = (c: Rgba) => `rgb(${Math.round(c.r)}, ${Math.round(c.g)}, ${Math.round(c.b)})`;
    return { text: t.text, ratio: contrastRatio(fg, bg), fg: hex(fg), bg: hex(bg) };
  });
}

export interface FocusIndicator {
  /** What is focused, for messages. */
  element: string;
  /** The indicator's colour (outline, or the stroke of an SVG element or its focus ring). */
  indicator: string;
  /** The page or panel colour around the element. */
  around: string;
  ratio: number;
}

/**
 * The focus indicator of the focused element against the colour around it: an outline for HTML,
 * or for SVG marks the stroke of the element (or of a `.focus-ring` drawn for it).
 */
export async function focusIndicator(page: Page): Promise<FocusIndicator> {
  const raw = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('aria-label') ? `[${el.getAttribute('aria-label')!.slice(0, 40)}]` : ''}`;
    const cs = getComputedStyle(el);
    let indicator = '';
    if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) indicator = cs.outlineColor;
    else if (el instanceof SVGElement) {
      // A ring drawn for it, its own stroke, or the stroke of the row's hit area.
      const ring = el.ownerSVGElement?.querySelector('.focus-ring');
      const hit = el.querySelector('.hit');
      indicator = ring
        ? getComputedStyle(ring).stroke
        : cs.stroke !== 'none'
          ? cs.stroke
          : hit
            ? getComputedStyle(hit).stroke
            : '';
    }
    // The background around it: the nearest HTML ancestor with an opaque background.
    let around = 'rgb(255, 255, 255)';
    for (
      let p: Element | null = el instanceof SVGElement ? (el.closest('svg')?.parentElement ?? null) : el.parentElement;
      p;
      p = p.parentElement
    ) {
      const bg = getComputedStyle(p).backgroundColor;
      if (bg && bg !== 'transparent' && bg !== 'rgba(0, 0, 0, 0)') {
        around = bg;
        break;
      }
    }
    return { element: name, indicator, around };
  });
  if (!raw) return { element: 'body', indicator: '', around: '', ratio: 0 };
  const fg = parseColour(raw.indicator);
  const bg = parseColour(raw.around)!;
  return { ...raw, ratio: fg ? contrastRatio(over(fg, bg), bg) : 0 };
}

/** Describes the focused element; "body" when focus has been lost. */
export async function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return 'body';
    const role = el.getAttribute('role') ?? el.tagName.toLowerCase();
    // Visible words only (innerText skips the hidden long or short form of a label).
    const text = el instanceof HTMLElement ? el.innerText : (el.textContent ?? '');
    const name = el.getAttribute('aria-label') ?? text.trim().slice(0, 60);
    return `${role}: ${name}`;
  });
}

/**
 * Whether the focused element can be seen: its centre, scrolled into view, hit-tests to itself
 * (or to something inside it), not to a panel or header drawn over it. Returns what covers it, or null.
 */
export async function focusCoveredBy(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'focus is on <body>';
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return 'off screen';
    const hit = document.elementFromPoint(x, y);
    if (!hit) return 'nothing at its centre';
    if (hit === el || el.contains(hit)) return null;
    // A label wrapping the control counts as the control.
    if (hit instanceof HTMLLabelElement && hit.control === el) return null;
    return `${hit.tagName.toLowerCase()}${hit.className && typeof hit.className === 'string' ? `.${hit.className.split(' ').join('.')}` : ''}`;
  });
}

// ——— Reflow ———

/** How far the page scrolls sideways (0 when it fits). */
export async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** SVG text that runs outside its own <svg> (cut off, or over the page beside it). */
export async function clippedSvgText(page: Page, selector = 'svg text'): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    for (const t of document.querySelectorAll<SVGTextElement>(sel)) {
      const svg = t.ownerSVGElement;
      if (!svg || !t.textContent?.trim()) continue;
      const r = t.getBoundingClientRect();
      if (r.width === 0) continue;
      const s = svg.getBoundingClientRect();
      const slack = 1;
      if (
        r.left < s.left - slack ||
        r.right > s.right + slack ||
        r.top < s.top - slack ||
        r.bottom > s.bottom + slack
      ) {
        out.push(
          `"${t.textContent.trim().slice(0, 50)}" at ${Math.round(r.left)}–${Math.round(r.right)} in svg ${Math.round(s.left)}–${Math.round(s.right)}`,
        );
      }
    }
    return out;
  }, selector);
}

/**
 * Elements reaching past the window's right edge (what causes sideways scroll). Content inside its
 * own scroll box (a wide data table) is allowed to: 1.4.10 exempts tables that need two dimensions.
 */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const out: string[] = [];
    const scrolls = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX)) return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > w + 1 && getComputedStyle(el).position !== 'fixed' && !scrolls(el)) {
        out.push(
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${String(el.className).split(' ')[0]} right ${Math.round(r.right)}`,
        );
      }
    }
    return out.slice(0, 10);
  });
}

// ——— Live regions ———

/**
 * Starts recording what polite live regions announce: each change of text in an element with
 * aria-live="polite" or role="status". Read the list with `announcements(page)`.
 */
export async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __announced: string[] };
    w.__announced = [];
    const live = (n: Node | null): Element | null =>
      n instanceof Element
        ? n.closest('[aria-live="polite"], [role="status"]')
        : (n?.parentElement?.closest('[aria-live="polite"], [role="status"]') ?? null);
    new MutationObserver((records) => {
      const seen = new Set<Element>();
      for (const r of records) {
        const region = live(r.target);
        if (region && !seen.has(region)) {
          seen.add(region);
          const text = (region.textContent ?? '').trim();
          if (text) w.__announced.push(text);
        }
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

export async function announcements(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __announced: string[] }).__announced);
}

// ——— Layout shift ———

/**
 * Records layout shifts from the page's first moment (call before `goto`): what the bench's CLS adds
 * up, here as a check that nothing in sight moves while a view fills in. Shifts within 500 ms of an
 * input are left out, as CLS does. Read them with `layoutShift(page)`.
 */
export async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: { value: number; what: string[] }[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node }[];
      })[]) {
        if (e.hadRecentInput) continue;
        const what = (e.sources ?? []).map((s) =>
          s.node instanceof Element
            ? `${s.node.tagName.toLowerCase()}.${String(s.node.className).split(' ')[0]}`
            : 'text',
        );
        w.__shifts.push({ value: e.value, what });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift so far (the sum CLS adds) and what moved, after the page has drawn two more frames. */
export async function layoutShift(page: Page): Promise<{ total: number; moved: string[] }> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const shifts = await page.evaluate(
    () => (window as unknown as { __shifts: { value: number; what: string[] }[] }).__shifts,
  );
  return { total: shifts.reduce((n, s) => n + s.value, 0), moved: [...new Set(shifts.flatMap((s) => s.what))] };
}
