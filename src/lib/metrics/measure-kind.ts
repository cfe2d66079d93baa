// What each kind of measure allows. A count adds up across sectors, so share, LQ and their change
// mean something; an indicator (an index, a rate, £ per hour) does not, so only the value itself and
// its growth are shown, and the value's colour scale follows its sign (negative values are real
// figures, never "suppressed").
import type { DatasetMeta, MeasureKind } from '../data/types';
import {
  ENGLAND_SHARE_METRICS,
  METRICS,
  NEXT_METRICS,
  metricScale,
  type MetricId,
  type MetricScale,
} from '../map/classify';
import type { SortColumn } from '../views/area-table';

export function measureKindOf(meta: Pick<DatasetMeta, 'measureKind'> | null | undefined): MeasureKind {
  return meta?.measureKind ?? 'count';
}

const INDICATOR_METRICS: readonly MetricId[] = ['value', 'growth'];

/**
 * The metrics a measure supports, in the order the picker lists them. Relatedness density and
 * complexity need a count across enough districts to measure relatedness (`next`). Share of England
 * (`englandShare`) is offered only where asked: a REF volume (research/notes.ts isRefVolume), whose
 * England row is the sum of every English institution. A GPA is an average (an indicator): shares of
 * an average add up to nothing, so it never has one.
 */
export function metricsFor(kind: MeasureKind, next = true, englandShare = false): readonly MetricId[] {
  if (kind === 'indicator') return INDICATOR_METRICS;
  return METRICS.filter(
    (m) => (next || !NEXT_METRICS.includes(m)) && (englandShare || !ENGLAND_SHARE_METRICS.includes(m)),
  );
}

/** The metric to show: the one asked for when the measure supports it, else the measure's first. */
export function allowedMetric(kind: MeasureKind, wanted: MetricId, next = true, englandShare = false): MetricId {
  const ok = metricsFor(kind, next, englandShare);
  return ok.includes(wanted) ? wanted : ok[0];
}

/**
 * The table's sort: the one asked for, unless it is a column the measure has none of (an indicator's
 * shares, LQ or LQ change), which would order the rows by figures nobody can see; then the value.
 */
export function allowedSort(kind: MeasureKind, wanted: SortColumn): SortColumn {
  return kind === 'indicator' && ['share', 'englandShare', 'lq', 'lqChange'].includes(wanted) ? 'value' : wanted;
}

/**
 * The colour scale of a metric for this measure and these values. An indicator's value with any
 * negative figure diverges from 0 (so −3 and +3 sit equally far either side); otherwise the
 * metric's usual scale.
 */
export function scaleFor(metric: MetricId, kind: MeasureKind, values: ArrayLike<number>, centre?: number): MetricScale {
  const base = metricScale(metric);
  if (kind !== 'indicator' || metric !== 'value') return base;
  // An index with a neutral value (UK = 100) diverges from it.
  if (centre !== undefined) return { ...metricScale('growth'), centre };
  for (let i = 0; i < values.length; i++) {
    if (values[i] < 0) return { ...metricScale('growth'), centre: 0 };
  }
  return base;
}
