// How a dataset's flags read. The flags are few and shared (suppressed, unreliable, missing, rounded),
// but what they mean is the source's: a survey cell of 3–9 people is "unreliable" in the APS, while
// for GVA "unreliable" marks England's sum of districts that leaves out ONS's suppressed figures.
// A dataset may word them as its source does (DatasetMeta.flagWords); the rest read as FLAG_LABEL.
import { FLAG_LABEL } from '../format';
import type { Flag } from './types';

export interface FlagWord {
  /** A few words for a table cell or a CSV flag note, e.g. "suppressed (disclosive)". */
  short: string;
  /** The whole meaning, for a tooltip or a chart's note, e.g. "suppressed by ONS as disclosive …". */
  long: string;
}

export type FlagWords = Partial<Record<Flag, FlagWord>>;

const SHORT: Record<Flag, string> = {
  suppressed: 'suppressed',
  unreliable: 'unreliable',
  missing: 'not available',
  rounded: 'rounded',
};

/** The long words for a flag: the dataset's own, else the atlas's general ones. */
export function flagLabel(flag: Flag, words?: FlagWords | null): string {
  return words?.[flag]?.long ?? FLAG_LABEL[flag];
}

/** The short words for a flag (a table cell): the dataset's own, else the flag's name. */
export function flagShort(flag: Flag, words?: FlagWords | null): string {
  return words?.[flag]?.short ?? SHORT[flag];
}

/** The map legend's "no figure" entry: the dataset's words for its empty cells when it has them. */
export function noFigureLegend(words?: FlagWords | null): string {
  const empty = (['suppressed', 'missing'] as const).filter((f) => words?.[f]);
  if (empty.length === 0) return 'No figure (suppressed or not available; not zero)';
  return `No figure: ${empty.map((f) => words![f]!.short).join(' or ')}; not zero`;
}

/**
 * A note for a download: what each flag this dataset words its own way means, e.g.
 * 'flag "suppressed": suppressed by ONS as disclosive …'. Empty when the dataset keeps the general words.
 */
export function flagNote(words?: FlagWords | null): string {
  const parts = (Object.keys(words ?? {}) as Flag[]).map((f) => `"${f}" means ${words![f]!.long}`);
  return parts.length ? `In the flag column, ${parts.join('; ')}.` : '';
}
