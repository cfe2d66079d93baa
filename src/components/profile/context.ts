// Labels every profile chart shares: who, what, when, against what, and where the figures come from.
export interface ProfileLabels {
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

/** Ends a phrase with a full stop, unless it already has one. */
export const sentence = (t: string): string => (/[.!?]$/.test(t.trim()) ? t.trim() : `${t.trim()}.`);

/** Shortens a name to `max` characters with "…". */
export function shorten(name: string, max: number): string {
  return name.length <= max ? name : `${name.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** Pointer or focus position relative to a container, for a tooltip. */
export function pointIn(container: HTMLElement, e: { clientX: number; clientY: number }): { x: number; y: number; w: number; h: number } {
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
 * What makes a chart mark (a bar row, a bubble) something people can point at, tab to and choose:
 * a button with the tooltip's sentence as its name, the tooltip on hover and on focus, and Enter or
 * Space as a click. Spread onto the element: `<g {...choosable({ … })}>`.
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
}) {
  return {
    role: 'button',
    tabindex: 0,
    'aria-label': o.label,
    'aria-pressed': o.pressed,
    onclick: o.choose,
    onkeydown: (e: KeyboardEvent) => activate(e, o.choose),
    onpointermove: (e: PointerEvent) => {
      const box = o.box();
      if (box) o.show({ ...pointIn(box, e), content: o.content() });
    },
    onpointerleave: () => o.show(null),
    onfocus: (e: FocusEvent) => {
      const box = o.box();
      if (box) o.show({ ...centreIn(box, e.currentTarget as Element), content: o.content() });
    },
    onblur: () => o.show(null),
  };
}
