// Classification and colour for choropleths: which class each value falls in, and what colour that is.
// Pure functions: the map and legend components only draw what these return.
import { quantileSorted } from 'd3-array';
import { ckmeans } from 'simple-statistics';
import { interpolateBrBG, interpolateBlues, interpolatePuOr } from './palettes';
import { differenceAsSeen, perceptualStops } from '../colour/steps';
import { storedStops } from '../colour/stored-stops';
import { VISIONS } from '../colour/vision';

export type MetricId = 'lq' | 'share' | 'englandShare' | 'value' | 'growth' | 'lqChange' | 'density' | 'eci';
export const METRICS: readonly MetricId[] = [
  'lq',
  'share',
  'englandShare',
  'value',
  'growth',
  'lqChange',
  'density',
  'eci',
];
/** The area's share of England's figure in the sector: only for a REF volume (measure-kind.ts). */
export const ENGLAND_SHARE_METRICS: readonly MetricId[] = ['englandShare'];
/** What could come next: relatedness density in a sector, and economic complexity (lib/next/map-measures.ts). */
export const NEXT_METRICS: readonly MetricId[] = ['density', 'eci'];

export type ClassMethod = 'bands' | 'continuous' | 'quantiles' | 'natural' | 'equal' | 'manual';
export const CLASS_METHODS: readonly ClassMethod[] = ['bands', 'continuous', 'quantiles', 'natural', 'equal', 'manual'];

export interface MetricScale {
  kind: 'diverging' | 'sequential';
  /** LQ is a ratio: it is coloured on log(LQ), so 0.5 and 2 sit equally far either side of 1. */
  transform: 'log' | 'linear';
  /** The neutral value of a diverging scale (1 for LQ, 0 for changes). */
  centre: number;
  /** Colour for t in [0, 1]; for diverging scales 0.5 is the centre and 1 the "more" end. */
  interpolate: (t: number) => string;
}

// ColorBrewer schemes that stay distinct for the common colour-vision deficiencies.
const puOr = (t: number) => interpolatePuOr(t); // high LQ orange-brown, low LQ purple
const brBG = (t: number) => interpolateBrBG(t); // growth green-teal, decline brown
const blues = (t: number) => interpolateBlues(0.12 + 0.83 * t);

export function metricScale(metric: MetricId): MetricScale {
  switch (metric) {
    case 'lq':
      return { kind: 'diverging', transform: 'log', centre: 1, interpolate: puOr };
    case 'growth':
    case 'lqChange':
      return { kind: 'diverging', transform: 'linear', centre: 0, interpolate: brBG };
    case 'share':
    case 'englandShare':
    case 'value':
    case 'density':
      return { kind: 'sequential', transform: 'linear', centre: 0, interpolate: blues };
    case 'eci':
      // Standardised: 0 is the average area of the level shown.
      return { kind: 'diverging', transform: 'linear', centre: 0, interpolate: brBG };
  }
}

/** Where the fixed "bands" classes fall for each metric; LQ bands are symmetric in log(LQ). */
export function defaultBands(metric: MetricId): number[] | null {
  return metric === 'lq' ? [0.5, 0.8, 1.25, 2] : null;
}

function forward(scale: MetricScale, v: number): number {
  return scale.transform === 'log' ? Math.log(v) : v;
}

function inverse(scale: MetricScale, v: number): number {
  return scale.transform === 'log' ? Math.exp(v) : v;
}

/** Values a scale can place: finite, and positive for a log scale (LQ 0 has no place on log(LQ)). */
export function usableValues(scale: MetricScale, values: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v) && (scale.transform !== 'log' || v > 0)) out.push(v);
  }
  return out.sort((a, b) => a - b);
}

/**
 * Inner class breaks (k − 1 thresholds for k classes), ascending, without duplicates.
 * A value v falls in class i where breaks[i − 1] ≤ v < breaks[i].
 */
export function computeBreaks(
  method: Exclude<ClassMethod, 'continuous' | 'manual' | 'bands'>,
  scale: MetricScale,
  values: ArrayLike<number>,
  classes: number,
): number[] {
  const sorted = usableValues(scale, values);
  if (sorted.length === 0 || classes < 2) return [];
  const k = Math.min(classes, new Set(sorted).size);
  let breaks: number[] = [];
  if (method === 'quantiles') {
    for (let i = 1; i < k; i++) breaks.push(quantileSorted(sorted, i / k) as number);
  } else if (method === 'equal') {
    const lo = forward(scale, sorted[0]);
    const hi = forward(scale, sorted[sorted.length - 1]);
    for (let i = 1; i < k; i++) breaks.push(inverse(scale, lo + ((hi - lo) * i) / k));
  } else {
    // Natural breaks: ckmeans (optimal 1-D k-means, Wang & Song), in the scale's own space.
    const clusters = ckmeans(
      sorted.map((v) => forward(scale, v)),
      k,
    );
    breaks = clusters.slice(1).map((c) => inverse(scale, c[0]));
  }
  return [...new Set(breaks)].sort((a, b) => a - b);
}

/** The most breaks a person may type (11 classes); the colour ramp may allow fewer (maxClassSteps). */
export const MAX_BREAKS = 10;

export type ManualBreaksResult = { ok: true; breaks: number[] } | { ok: false; error: string };

/** Reads breaks a person typed, e.g. "0.5, 0.8, 1.25, 2". Says exactly what is wrong if it cannot. */
export function parseManualBreaks(text: string, scale: MetricScale): ManualBreaksResult {
  const parts = text
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return { ok: false, error: 'Enter at least one break, for example "0.8, 1.25".' };
  if (parts.length > MAX_BREAKS)
    return {
      ok: false,
      error: `At most ${MAX_BREAKS} breaks (${MAX_BREAKS + 1} classes); you entered ${parts.length}.`,
    };
  const breaks: number[] = [];
  for (const [i, p] of parts.entries()) {
    const v = Number(p);
    if (!Number.isFinite(v)) return { ok: false, error: `Break ${i + 1}, "${p}", is not a number.` };
    if (scale.transform === 'log' && v <= 0) {
      return { ok: false, error: `Break ${i + 1}, ${p}: location quotients are ratios, so breaks must be above 0.` };
    }
    if (i > 0 && v <= breaks[i - 1]) {
      return { ok: false, error: `Break ${i + 1}, ${p}, must be larger than the one before it (${breaks[i - 1]}).` };
    }
    breaks.push(v);
  }
  const tooMany = tooManyClasses(breaks, scale);
  return tooMany ? { ok: false, error: tooMany } : { ok: true, breaks };
}

/** The smallest CIEDE2000 difference between neighbouring classes: to normal vision, and under each simulated dichromacy. */
export const DISTINCT = { normal: 10, simulated: 6 } as const;

/** Whether neighbouring class colours stay DISTINCT apart for everyone. */
export function classesDistinct(colours: readonly string[]): boolean {
  for (let i = 1; i < colours.length; i++) {
    for (const v of VISIONS) {
      const d = differenceAsSeen(colours[i - 1], colours[i], v);
      if (d < (v === 'normal' ? DISTINCT.normal : DISTINCT.simulated)) return false;
    }
  }
  return true;
}

/**
 * How many classes a ramp can colour with neighbours DISTINCT apart: for a sequential scale the
 * classes in all; for a diverging one the classes on one side of the class holding the centre (the
 * worst case puts them all on one side, each stepping out along half of the ramp).
 */
export function maxClassSteps(scale: MetricScale): number {
  const key = `max|${scale.kind}|${scale.interpolate(0)}|${scale.interpolate(1)}`;
  const hit = maxStepsCache.get(key);
  if (hit !== undefined) return hit;
  let steps = 1;
  for (let m = 2; m <= MAX_BREAKS; m++) {
    // All classes above the centre's (or, for a sequential scale, m + 1 classes); and all below.
    const sides = scale.kind === 'diverging' ? [0, m] : [0];
    const colours = sides.map((c) => classPositions(scale, m + 1, c).map((t) => scale.interpolate(t)));
    if (!colours.every(classesDistinct)) break;
    steps = m;
  }
  maxStepsCache.set(key, steps);
  return steps;
}
const maxStepsCache = new Map<string, number>();

/**
 * Breaks that make more classes than the ramp can colour apart get a message instead of a map whose
 * neighbouring colours look alike, especially to colour-blind readers. Null when they are fine.
 */
function tooManyClasses(breaks: readonly number[], scale: MetricScale): string | null {
  const why =
    'with more, neighbouring colours on the map are too alike to tell apart, especially for colour-blind readers';
  const max = maxClassSteps(scale);
  if (scale.kind === 'sequential') {
    if (breaks.length <= max) return null;
    return `At most ${max} breaks (${max + 1} classes) for this measure: ${why}. You entered ${breaks.length}.`;
  }
  const centre = classOf(scale.centre, breaks, scale);
  const below = centre;
  const above = breaks.length - centre;
  if (below <= max && above <= max) return null;
  const side = above > max ? `${above} above it` : `${below} below it`;
  return `At most ${max} classes above and ${max} below the class that holds ${scale.centre} for this measure: ${why}. These breaks make ${side}.`;
}

/** Index of the class a value falls in (0 … breaks.length), or −1 if the value cannot be placed. */
export function classOf(value: number, breaks: readonly number[], scale: MetricScale): number {
  if (!Number.isFinite(value) || (scale.transform === 'log' && value <= 0)) return -1;
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value < breaks[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Position in [0, 1] on the colour ramp. Diverging scales are symmetric about the centre in the
 * transformed space, reaching the ends at ±extent, so equal ratios above and below 1 get equal weight.
 */
export function rampPosition(value: number, scale: MetricScale, domain: { min: number; max: number }): number {
  const v = forward(scale, value);
  if (scale.kind === 'diverging') {
    const c = forward(scale, scale.centre);
    const extent = Math.max(Math.abs(forward(scale, domain.min) - c), Math.abs(forward(scale, domain.max) - c)) || 1;
    return Math.min(1, Math.max(0, 0.5 + (v - c) / (2 * extent)));
  }
  const lo = forward(scale, domain.min);
  const hi = forward(scale, domain.max);
  return hi > lo ? Math.min(1, Math.max(0, (v - lo) / (hi - lo))) : 0.5;
}

export interface LegendClass {
  /** Lower bound (inclusive) or null for the open bottom class. */
  from: number | null;
  /** Upper bound (exclusive) or null for the open top class. */
  to: number | null;
  colour: string;
}

/**
 * Colours for classes, by their order rather than their values: a skewed measure (the number of
 * enterprises) would otherwise crowd most classes into the pale end, too alike to tell apart.
 * Neighbouring classes sit perceptually equal steps apart (lib/colour/steps), to normal vision and
 * under simulated colour-vision deficiencies. On a diverging scale the class holding the centre
 * (LQ 1, no change) takes the centre colour, classes below and above it step out to either end, and
 * a class as many steps from the centre on either side is equally strong.
 */
export function classColours(breaks: readonly number[], scale: MetricScale): LegendClass[] {
  const n = breaks.length + 1;
  const t = classPositions(scale, n, scale.kind === 'diverging' ? classOf(scale.centre, breaks, scale) : 0);
  return t.map((pos, i) => ({
    from: i === 0 ? null : breaks[i - 1],
    to: i === breaks.length ? null : breaks[i],
    colour: scale.interpolate(pos),
  }));
}

// The ends of each side of a diverging ramp: the last few per cent are so dark that neighbours blur.
const DIVERGING_ENDS = { low: 0.04, high: 0.96 };
const positionCache = new Map<string, number[]>();

/** Ramp positions for n classes; `centreClass` is the class holding a diverging scale's centre. */
export function classPositions(scale: MetricScale, n: number, centreClass: number): number[] {
  const key = `${scale.kind}|${scale.interpolate(0)}|${scale.interpolate(1)}|${n}|${centreClass}`;
  const hit = positionCache.get(key);
  if (hit) return hit;
  // Stops the table has (colour/stored-stops.ts) are not measured again.
  const stops = (from: number, to: number, m: number) =>
    storedStops(scale.interpolate, from, to, m) ?? perceptualStops(scale.interpolate, from, to, m);
  let out: number[];
  if (scale.kind === 'sequential') {
    const [[from, to]] = rampSegments(scale);
    out = n === 1 ? [0.5] : stops(from, to, n - 1);
  } else {
    const below = centreClass;
    const above = n - 1 - centreClass;
    const m = Math.max(below, above);
    const [[, low], [, high]] = rampSegments(scale);
    const lo = stops(0.5, low, m);
    const hi = stops(0.5, high, m);
    out = Array.from({ length: n }, (_, i) => (i < centreClass ? lo[centreClass - i] : hi[i - centreClass]));
  }
  positionCache.set(key, out);
  return out;
}

/** The stretches of a ramp that class colours are spaced along: all of a sequential one; from a diverging one's centre to each end. */
export function rampSegments(scale: MetricScale): [from: number, to: number][] {
  return scale.kind === 'sequential'
    ? [[0, 1]]
    : [
        [0.5, DIVERGING_ENDS.low],
        [0.5, DIVERGING_ENDS.high],
      ];
}

/** Steps per segment kept in the table (colour/stops-table.ts): every classification's default 5 classes, either side of a centre. */
export const STORED_STEPS = 5;

/** Domain for the ramp: the data's range, widened so a diverging scale always includes its centre. */
export function dataDomain(scale: MetricScale, values: ArrayLike<number>): { min: number; max: number } {
  const sorted = usableValues(scale, values);
  if (sorted.length === 0) return { min: scale.centre || 0, max: scale.centre || 1 };
  let min = sorted[0];
  let max = sorted[sorted.length - 1];
  if (scale.kind === 'diverging') {
    min = Math.min(min, scale.centre);
    max = Math.max(max, scale.centre);
  }
  return { min, max };
}
