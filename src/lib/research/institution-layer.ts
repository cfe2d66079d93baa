// What the research map draws over its areas: which institutions show (those with staff submitted
// in the map's subject, inside a shown LEP), what their circles measure, the largest figure, and the
// words for the image and for screen readers. Pure; MapView and InstitutionLayer render it.
import { isRefDataset } from './notes';
import type { InstitutionRecord } from './science-base';
import {
  institutionFigures,
  sizeKeyTitle,
  sizeMeasureOf,
  uoasOfSector,
  type InstitutionFigures,
  type SymbolSize,
} from './institution-symbols';
import { formatMetric } from '../format';

export interface InstitutionLayerModel {
  /** Whether the map is a REF map, which can carry institutions at all. */
  ref: boolean;
  /** The institutions with staff submitted in the subject (inside the shown LEP, if any). */
  figures: InstitutionFigures[];
  /** What a circle's area measures. */
  size: SymbolSize;
  /** The largest institution's figure in that measure (0 with none). */
  max: number;
  /** Whether circles are drawn: a REF map, institutions to draw, and the reader has not hidden them. */
  shown: boolean;
  /** The exported image's note on the circles (none when none are drawn). */
  notes: string[];
}

export interface InstitutionLayerView {
  dataset: string;
  /** The map's sector code (a UoA or a main panel), null for all subjects. */
  sector: string | null;
  /** The sector's name, for the words. */
  subject: string;
  /** On a district map filtered to one LEP, its districts; null for all of England. */
  within: ReadonlySet<string> | null;
  /** The reader's choice (?inst=hide turns the circles off). */
  wanted: boolean;
}

/** The institutions layer for a map, from the institutions file (null until it loads). */
export function institutionLayer(
  institutions: readonly InstitutionRecord[] | null,
  view: InstitutionLayerView,
): InstitutionLayerModel {
  const ref = isRefDataset(view.dataset);
  const size = sizeMeasureOf(view.dataset);
  const figures =
    ref && institutions
      ? institutionFigures(institutions, uoasOfSector(view.sector)).filter(
          (f) => !view.within || view.within.has(f.district),
        )
      : [];
  const max = figures.reduce((m, f) => Math.max(m, f[size]), 0);
  const shown = ref && view.wanted && figures.length > 0;
  const notes = shown ? [`${sizeKeyTitle(size, view.subject)}; the largest holds ${formatMetric('value', max)}.`] : [];
  return { ref, figures, size, max, shown, notes };
}

/** The circles' group name for screen readers: how many, what their area shows, and how to move among them. */
export function institutionsGroupLabel(count: number, size: SymbolSize, subject: string): string {
  return `Institutions, ${count}: circle area shows ${size === 'fte' ? 'FTE' : '4* FTE'} in ${subject}. Arrow keys move between them in name order; Enter selects the area that holds one.`;
}
