// Labels every profile chart shares: who, what, when, against what, and where the figures come from.
import type { SectorWords } from '../../lib/words';

export interface ProfileLabels {
  /** What the dataset's sectors are called (REF's are subjects); "sector" when left out. */
  sectors?: SectorWords;
  /** Area name, e.g. "Black Country". */
  area: string;
  /** Measure with a capital, e.g. "Enterprises". */
  measure: string;
  /** Plural noun of what is counted, e.g. "enterprises". */
  unit: string;
  /** End year (the profile's year) and start year (for growth). */
  year: string;
  from: string;
  /** Benchmark display name, e.g. "England". */
  benchmark: string;
  /** "Source: …. Release …." */
  source: string;
  /** The dataset publishes confidence intervals (APS). */
  hasCi: boolean;
}

/** Pointer or focus position relative to a container, for a tooltip. */
export function pointIn(
  container: HTMLElement,
  e: { clientX: number; clientY: number },
): { x: number; y: number; w: number; h: number } {
  const r = container.getBoundingClientRect();
  return { x: e.clientX - r.left, y: e.clientY - r.top, w: r.width, h: r.height };
}

/** The centre of an element relative to a container (for a tooltip on keyboard focus). */
export function centreIn(container: HTMLElement, el: Element): { x: number; y: number; w: number; h: number } {
  const r = container.getBoundingClientRect();
  const b = el.getBoundingClientRect();
  return { x: b.left + b.width / 2 - r.left, y: b.top + b.height / 2 - r.top, w: r.width, h: r.height };
}

/** Enter or Space on a focusable SVG element acts like a click. */
export function activate(e: KeyboardEvent, action: () => void): void {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    action();
  }
}

/**
 * What makes a chart mark (a bar row, a bubble) something people can point at, reach by keyboard and
 * choose: a button with the tooltip's sentence as its name, the tooltip on hover and on focus, and
 * Enter or Space as a click. A chart is one Tab stop, like the map: only the mark given `tabStop`
 * is in the Tab order, and the arrow keys (Home, End) move between the chart's marks.
 * Spread onto the element: `<g {...choosable({ … })}>`.
 */
export function choosable<T>(o: {
  /** The tooltip content, made when it is shown. */
  content: () => T;
  /** The accessible name (the tooltip in words). */
  label: string;
  pressed: boolean;
  choose: () => void;
  /** The chart's box, which tooltip positions are relative to. */
  box: () => HTMLElement | undefined;
  /** Shows a tooltip at a position, or hides it (null). */
  show: (tip: ({ x: number; y: number; w: number; h: number } & { content: T }) | null) => void;
  /** This mark is the chart's one Tab stop (see tabStopOf). Leave it out only for a chart of a
   *  few marks: each is then a Tab stop of its own. */
  tabStop?: boolean;
  /** Told when the mark gains focus (with whether it came from the keyboard) and loses it. */
  focus?: (state: { keyboard: boolean } | null) => void;
}) {
  return {
    role: 'button',
    tabindex: (o.tabStop ?? true) ? 0 : -1,
    'data-choice': '',
    'aria-label': o.label,
    'aria-pressed': o.pressed,
    onclick: o.choose,
    onkeydown: (e: KeyboardEvent) => {
      if (!rove(e)) activate(e, o.choose);
    },
    onpointermove: (e: PointerEvent) => {
      const box = o.box();
      if (box) o.show({ ...pointIn(box, e), content: o.content() });
    },
    onpointerleave: () => o.show(null),
    onfocus: (e: FocusEvent) => {
      const el = e.currentTarget as Element;
      const box = o.box();
      if (box) o.show({ ...centreIn(box, el), content: o.content() });
      o.focus?.({ keyboard: el.matches(':focus-visible') });
    },
    onblur: () => {
      o.show(null);
      o.focus?.(null);
    },
  };
}

/** Arrow keys, Home and End move focus between the marks of one chart; true if the key was one of them. */
export function rove(e: KeyboardEvent): boolean {
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
  if (step === undefined && e.key !== 'Home' && e.key !== 'End') return false;
  const el = e.currentTarget as Element;
  const marks = [...(el.closest('svg')?.querySelectorAll<SVGElement>('[data-choice]') ?? [])];
  const i = marks.indexOf(el as SVGElement);
  const next =
    e.key === 'Home' ? 0 : e.key === 'End' ? marks.length - 1 : (i + (step ?? 0) + marks.length) % marks.length;
  e.preventDefault();
  marks[next]?.focus();
  return true;
}

/** Which mark is a chart's Tab stop: the last focused, else the selected one, else the first. */
export function tabStopOf(codes: readonly string[], focused: string | null, selected: string): string | null {
  if (focused && codes.includes(focused)) return focused;
  if (codes.includes(selected)) return selected;
  return codes[0] ?? null;
}
