// What the page's footer credits: the sources of the datasets the view on screen reads, with their
// licence lines, each once. The map reads its dataset; a profile adds the science base (REF 2021,
// UKRI) and "where research and business strengths meet" (enterprises, employment); "Places strong in
// both" reads REF 2021 and enterprises; the evidence pack reads one dataset per part (pack/roles).
import type { DatasetMeta } from '../data/types';
import type { View } from '../state/app-state';
import { packDatasets } from '../pack/roles';

export interface ViewCredits {
  /** Each source once, in the order the view reads them, with the address it is published at. */
  sources: { name: string; url: string }[];
  /** The licence and attribution lines, each once. */
  attribution: string[];
}

/** The datasets besides the one on screen that each view reads (by id; those the atlas lacks are skipped). */
const ALSO_READ: Record<Exclude<View, 'pack'>, readonly string[]> = {
  map: [],
  profile: ['ref2021-4star-fte', 'ukri-awarded', 'ubc-enterprises', 'aps-employment'],
  both: ['ubc-enterprises'],
};

const BOUNDARIES = 'Boundaries: ';

export function viewCredits(
  view: View,
  current: DatasetMeta | null,
  datasets: readonly DatasetMeta[],
  fallback: readonly string[],
): ViewCredits {
  // "Places strong in both" always reads REF 2021 4* FTE, whatever dataset was open before.
  const first = view === 'both' ? datasets.find((d) => d.id === 'ref2021-4star-fte') : current;
  const read =
    view === 'pack' && current
      ? [current, ...packDatasets(datasets, current.id)]
      : [
          ...(first ? [first] : []),
          ...(view === 'pack' ? [] : ALSO_READ[view]).flatMap((id) => datasets.filter((d) => d.id === id)),
        ];
  const sources = new Map<string, string>();
  const lines: string[] = [];
  for (const d of read) {
    if (d.source && !sources.has(d.source)) sources.set(d.source, d.sourceUrl);
    for (const line of d.attribution.length > 0 ? d.attribution : fallback) if (!lines.includes(line)) lines.push(line);
  }
  if (lines.length === 0) lines.push(...fallback);
  // "Boundaries: Source: ONS …" becomes the plain ONS line, once, when that line credits a dataset too.
  const plain = (l: string) =>
    l.startsWith(BOUNDARIES) && lines.includes(l.slice(BOUNDARIES.length)) ? l.slice(BOUNDARIES.length) : l;
  const attribution = [...new Set(lines.map(plain))];
  return { sources: [...sources].map(([name, url]) => ({ name, url })), attribution };
}
