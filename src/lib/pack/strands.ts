// Which dataset answers which part of the pack, found from the manifest by what it measures.
import type { DatasetMeta } from '../data/types';
import { productivitySurveyYear } from '../metrics/specialisation-productivity';
import type { StrandRole } from './types';

export function roleOf(meta: DatasetMeta): StrandRole | null {
  if (meta.id.startsWith('local-')) return 'own';
  if (meta.group && /size band/i.test(meta.group)) return null; // the all-sizes dataset speaks for its size bands
  const id = meta.id.toLowerCase();
  if (/^ubc-enterprises$/.test(id)) return 'enterprises';
  if (/^aps-employment$/.test(id)) return 'employment';
  if (/gva/.test(id) && (meta.measureKind ?? 'count') === 'count') return 'gva';
  // REF 2021's world-leading (4*) volume speaks for research strength; UKRI awards for research income.
  if (/^ref\d{4}-4star/.test(id)) return 'research';
  if (/^ukri-award/.test(id)) return 'funding';
  return null;
}

/** The datasets the pack reads for a built-in dataset (one per role, first in manifest order), or the user's own. */
export function packDatasets(datasets: readonly DatasetMeta[], current: string): DatasetMeta[] {
  const own = datasets.find((d) => d.id === current && d.id.startsWith('local-'));
  if (own) return [own];
  const seen = new Set<StrandRole>();
  const out: DatasetMeta[] = [];
  for (const d of datasets) {
    const r = roleOf(d);
    if (!r || r === 'own' || seen.has(r)) continue;
    seen.add(r);
    out.push(d);
  }
  return out;
}

/**
 * The years the pack reads from a dataset: its first (growth and shift-share start there) and its
 * latest; for GVA also the employment survey's year its productivity is valued at (productivity.ts);
 * for research income every year, as it is their sum.
 */
export function packYears(meta: DatasetMeta, datasets: readonly DatasetMeta[]): string[] {
  const { years } = meta;
  // Research income is summed over every year (pool-years.ts).
  if (roleOf(meta) === 'funding') return [...years];
  const survey =
    roleOf(meta) === 'gva'
      ? productivitySurveyYear(years, datasets.find((d) => roleOf(d) === 'employment')?.years ?? [])
      : null;
  return years.filter((y, i) => i === 0 || i === years.length - 1 || y === survey);
}
