// Words written in more than one place: shortening a name, ending a sentence, and what the areas of
// each geography level are called. One place, so two views never call the same areas by different
// names (a user's own areas are "areas", never "districts").
import type { AreaLevel } from './data/types';

/** Shortens a name to at most `max` characters, ending in "…" when cut. */
export function shorten(name: string, max: number): string {
  return name.length <= max ? name : `${name.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** Ends a phrase with a full stop, unless it already ends a sentence. */
export const sentence = (t: string): string => (/[.!?]$/.test(t.trim()) ? t.trim() : `${t.trim()}.`);

/** "Source: ONS …. Release …." from a dataset's source and release. */
export const sourceLine = (meta: { source: string; release: string }): string =>
  `Source: ${sentence(meta.source)} ${sentence(meta.release)}`;

export interface LevelWords {
  /** One area in running text: "LEP", "district", "area". */
  one: string;
  /** Several in running text: "LEPs", "districts", "areas". */
  many: string;
  /** The level's full name, for a label: "Local Enterprise Partnership". */
  name: string;
  /** Several, by full name in running text: "Local Enterprise Partnerships", "local authority districts". */
  names: string;
  /** A table's column heading: "Local Enterprise Partnership", "District", "Area". */
  heading: string;
  /** The level as a spreadsheet column says it: "LEP", "district", "country", "other". */
  csv: string;
}

const AREA: Omit<LevelWords, 'csv'> = { one: 'area', many: 'areas', name: 'Area', names: 'areas', heading: 'Area' };

const LEVEL_WORDS: Record<AreaLevel, LevelWords> = {
  lep: {
    one: 'LEP',
    many: 'LEPs',
    name: 'Local Enterprise Partnership',
    names: 'Local Enterprise Partnerships',
    heading: 'Local Enterprise Partnership',
    csv: 'LEP',
  },
  lad: {
    one: 'district',
    many: 'districts',
    name: 'Local authority district',
    names: 'local authority districts',
    heading: 'District',
    csv: 'district',
  },
  country: { ...AREA, csv: 'country' },
  // A user's own areas of a level the atlas has no boundaries for (ITL3, NUTS2, …).
  other: { ...AREA, csv: 'other' },
};

/** What the areas of a level are called; anything not a LEP or district is an "area". */
export function levelWords(level: AreaLevel | string | null | undefined): LevelWords {
  return LEVEL_WORDS[level as AreaLevel] ?? LEVEL_WORDS.other;
}

/** The singular of a level's plural: "LEPs" → "LEP", "districts" → "district", "areas" → "area". */
export function oneOf(many: string): string {
  return Object.values(LEVEL_WORDS).find((w) => w.many === many)?.one ?? many.replace(/s$/, '');
}

/** "Local authority districts" at the start of a line. */
export const capitalise = (t: string): string => (t ? t[0].toUpperCase() + t.slice(1) : t);

/**
 * What an LQ is a share of, in the masthead's sentence: the unit, named when the unit alone says
 * nothing ("£m" → "£m GVA"; "enterprises" stays as it is).
 */
export function shareOfWhat(meta: { unit: string; measure: string } | null): string {
  if (!meta) return 'activity';
  if (/gross value added/i.test(meta.measure) && !/gva/i.test(meta.unit)) return `${meta.unit} GVA`;
  // "£ thousands" alone says nothing: UKRI's are research council awards.
  if (/awarded/i.test(meta.measure) && /^£/.test(meta.unit)) return 'awards';
  return meta.unit;
}

/**
 * What money counts, as a noun for "… of {it} would have to change sector" and "has 14.1% of {it}":
 * "GVA", "the £ awarded" (UKRI), else "the £m"; never the bare unit ("of £ thousands").
 */
export function moneyNoun(unit: string, measure: string): string {
  if (/gross value added/i.test(measure)) return 'GVA';
  if (/awarded/i.test(measure)) return 'the £ awarded';
  return `the ${unit}`;
}

/** What a dataset's "sectors" are called: industries are sectors, REF's units of assessment subjects. */
export interface SectorWords {
  /** One, in running text: "sector", "subject", "research council". */
  one: string;
  /** Several, in running text: "sectors", "subjects", "research councils". */
  many: string;
  /** A control's label or a table's column heading: "Sector", "Subject", "Research council". */
  heading: string;
  /** What a CSV's sector_code and sector_name columns hold. */
  code: string;
  name: string;
}

const SECTOR: SectorWords = {
  one: 'sector',
  many: 'sectors',
  heading: 'Sector',
  code: 'Industry code as the source publishes it.',
  name: 'Industry name.',
};
const SUBJECT: SectorWords = {
  one: 'subject',
  many: 'subjects',
  heading: 'Subject',
  code: 'REF 2021 unit of assessment number (a main panel A–D is a letter).',
  name: 'Subject: the REF 2021 unit of assessment.',
};
const COUNCIL: SectorWords = {
  one: 'research council',
  many: 'research councils',
  heading: 'Research council',
  code: 'Research council as UKRI publishes it.',
  name: 'Research council name.',
};

/**
 * The words for a dataset's sectors, by its id: REF 2021's (ref2021-*) are subjects (units of
 * assessment), UKRI awards' research councils; every other dataset's, a user's own file's too, sectors.
 */
export function sectorWords(datasetId: string | null | undefined): SectorWords {
  if (datasetId?.startsWith('ref2021-')) return SUBJECT;
  if (datasetId === 'ukri-awarded') return COUNCIL;
  return SECTOR;
}

/** "a subject's share of an area's 4* FTE": what the masthead says an LQ compares. */
export function lqCompares(meta: { id: string; unit: string; measure: string } | null): string {
  return `a ${sectorWords(meta?.id).one}'s share of an area's ${shareOfWhat(meta)}`;
}

/**
 * A figure's heading with its unit where the measure's words do not already name it:
 * "Gross value added at current prices (£m)", but "Enterprises" and "Staff submitted (FTE)" as they are.
 */
export function measureWithUnit(meta: { measure: string; unit: string } | null): string {
  if (!meta) return '';
  return !meta.unit || meta.measure.toLowerCase().includes(meta.unit.toLowerCase())
    ? meta.measure
    : `${meta.measure} (${meta.unit})`;
}
