// Turns a metric's values into colours and a legend description, for any classification.
// Shared by the map, the ranking chart and exports so every view colours an area the same way.
import {
  classColours,
  classOf,
  computeBreaks,
  dataDomain,
  defaultBands,
  metricScale,
  rampPosition,
  type ClassMethod,
  type LegendClass,
  type MetricId,
  type MetricScale,
} from './classify';

export const NO_DATA_COLOUR = '#ffffff';

export type Legend =
  | { type: 'continuous'; scale: MetricScale; domain: { min: number; max: number }; stops: string[] }
  | { type: 'classes'; scale: MetricScale; classes: LegendClass[] };

export interface Choropleth {
  metric: MetricId;
  method: ClassMethod;
  legend: Legend;
  /** Fill for a value; null when the value is missing (the map draws its no-data pattern instead). */
  colour(value: number): string | null;
  /** Legend class index for a value (−1 when missing); for continuous legends, the ramp position × 100. */
  position(value: number): number;
}

export function buildChoropleth(
  metric: MetricId,
  method: ClassMethod,
  values: ArrayLike<number>,
  options: { classes?: number; manualBreaks?: number[]; scale?: MetricScale } = {},
): Choropleth {
  // An indicator's value may bring its own scale (diverging from 0 when it has negative figures).
  const scale = options.scale ?? metricScale(metric);
  const domain = dataDomain(scale, values);
  const usable = (v: number) => Number.isFinite(v) && (scale.transform !== 'log' || v > 0);

  let breaks: number[] | null = null;
  if (method === 'bands') breaks = defaultBands(metric);
  else if (method === 'manual') breaks = options.manualBreaks ?? null;
  else if (method !== 'continuous') {
    breaks = computeBreaks(method, scale, values, options.classes ?? 5);
    if (metric === 'value') breaks = wholeBreaks(breaks, values);
  }

  if (breaks === null || breaks.length === 0) {
    // Continuous (or a classification that has nothing to split): colour straight off the ramp.
    const stops = Array.from({ length: 11 }, (_, i) => scale.interpolate(i / 10));
    return {
      metric,
      method: 'continuous',
      legend: { type: 'continuous', scale, domain, stops },
      colour: (v) => (usable(v) ? scale.interpolate(rampPosition(v, scale, domain)) : null),
      position: (v) => (usable(v) ? rampPosition(v, scale, domain) * 100 : -1),
    };
  }
  const classes = classColours(breaks, scale);
  const b = breaks;
  return {
    metric,
    method,
    legend: { type: 'classes', scale, classes },
    colour: (v) => {
      const c = classOf(v, b, scale);
      return c < 0 ? null : classes[c].colour;
    },
    position: (v) => classOf(v, b, scale),
  };
}

export interface LegendItem {
  label: string;
  colour: string;
  /** The neutral class of a diverging scale (holds its centre), labelled "same as England" for LQ. */
  neutral: boolean;
  /** How many of the given values fall in this class. */
  count: number;
}

/** Words for each class, e.g. "under 0.50", "0.80 to 1.25", "2.00 and over". */
export function legendItems(
  c: Choropleth,
  fmt: (v: number) => string,
  benchmarkName: string,
  values: ArrayLike<number> = [],
): LegendItem[] {
  if (c.legend.type !== 'classes') return [];
  const { scale, classes } = c.legend;
  const counts = new Array<number>(classes.length).fill(0);
  for (let i = 0; i < values.length; i++) {
    const k = c.position(values[i]);
    if (k >= 0) counts[k]++;
  }
  return classes.map((k, i) => {
    const neutral =
      scale.kind === 'diverging' &&
      (k.from === null || k.from <= scale.centre) &&
      (k.to === null || k.to > scale.centre) &&
      classes.length > 1;
    let label =
      k.from === null && k.to === null
        ? 'all values'
        : k.from === null
          ? `under ${fmt(k.to!)}`
          : k.to === null
            ? `${fmt(k.from)} and over`
            : `${fmt(k.from)} to ${fmt(k.to)}`;
    if (neutral && c.metric === 'lq') label += ` (about the same as ${benchmarkName})`;
    return { label, colour: k.colour, neutral, count: counts[i] };
  });
}

/**
 * Breaks between whole numbers (counts) rounded up to whole numbers: a count below 2,834.96 is a
 * count below 2,835, so every area stays in its class, and the legend reads "2,835" rather than
 * "2,835.0" beside figures that are all whole.
 */
export function wholeBreaks(breaks: number[], values: ArrayLike<number>): number[] {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v) && !Number.isInteger(v)) return breaks;
  }
  return [...new Set(breaks.map((b) => Math.ceil(b)))];
}
