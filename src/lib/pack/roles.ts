// Which dataset answers which part of the pack, found from the manifest by what it measures. Small
// and free of the pack's sums: the page's footer reads it on every view (lib/views/view-sources.ts).
import type { DatasetMeta } from '../data/types';
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
