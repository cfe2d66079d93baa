// The canonical data model shared by the data build (Node), the browser and the tests.
// See ../shared/docs/DESIGN.md, "The canonical audit CSV".

/** Why a value is missing or weak. Missing is never zero. */
export type Flag = 'suppressed' | 'unreliable' | 'missing' | 'rounded';

export const FLAGS: readonly Flag[] = ['suppressed', 'unreliable', 'missing', 'rounded'];

/** Flags are stored in the cube as small integers; 0 means "no flag". */
export const FLAG_CODE: Record<Flag, number> = { suppressed: 1, unreliable: 2, missing: 3, rounded: 4 };
export const FLAG_FROM_CODE: readonly (Flag | null)[] = [null, 'suppressed', 'unreliable', 'missing', 'rounded'];

/** The columns of the canonical CSV, in the order the data build writes them. */
export const CANONICAL_COLUMNS = [
  'area_code',
  'area_name',
  'sector_code',
  'sector_name',
  'year',
  'value',
  'flag',
  'ci95',
] as const;
export type CanonicalColumn = (typeof CANONICAL_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly CanonicalColumn[] = [
  'area_code',
  'area_name',
  'sector_code',
  'sector_name',
  'year',
  'value',
];

/** One accepted row: one area × sector × year. */
export interface AuditRow {
  areaCode: string;
  areaName: string;
  sectorCode: string;
  sectorName: string;
  /** Period label exactly as given (trimmed): "2022", "2021/22", "2022 Q1" … */
  year: string;
  /** null when not available; never 0 for a missing value. */
  value: number | null;
  flag: Flag | null;
  /** ± half-width of the 95% confidence interval, null when not published. */
  ci95: number | null;
  /** Row number in the file as a spreadsheet counts it: the header is row 1. */
  row: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** Stable identifiers for every kind of problem the parser reports (tests match on these). */
export type ProblemCode =
  | 'empty-file'
  | 'not-text'
  | 'no-data-rows'
  | 'single-column'
  | 'unknown-format'
  | 'missing-column'
  | 'duplicate-column'
  | 'bom-removed'
  | 'field-count'
  | 'unclosed-quote'
  | 'malformed-quote'
  | 'ignored-columns'
  | 'empty-required'
  | 'non-numeric-value'
  | 'negative-value'
  | 'unknown-flag'
  | 'flag-conflict'
  | 'empty-value-no-flag'
  | 'non-numeric-ci'
  | 'negative-ci'
  | 'unknown-year-format'
  | 'duplicate-key'
  | 'inconsistent-name'
  | 'set-aside'
  | 'ci-from-measure'
  | 'not-a-period'
  | 'codes-normalised'
  | 'encoding';

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** Spreadsheet row number (header = 1); null for problems about the whole file. */
  row: number | null;
  /** Column name as written in the file's header; null when not about one column. */
  column: string | null;
  /** Plain-English message that says what and where, e.g. 'Row 12, column "value": "abc" is not a number.' */
  message: string;
}

export type SourceFormat = 'canonical' | 'nomis';

/**
 * The accepted rows of a parse, column by column: what the cube is built from without making an
 * object per row. Codes, names and years are listed once; each row points at them by index.
 */
export interface ParsedTable {
  count: number;
  /** In first-seen order, with the first name seen for each code. */
  areaCodes: string[];
  areaNames: string[];
  sectorCodes: string[];
  sectorNames: string[];
  /** Period labels in first-seen order (not sorted). */
  years: string[];
  /** Area, sector and year index of each row, three per row. */
  keys: Int32Array;
  /** NaN where the value is missing. */
  values: Float64Array;
  /** FLAG_CODE per row; 0 = no flag. */
  flags: Uint8Array;
  /** NaN where there is no CI. */
  ci95: Float64Array;
  /** Spreadsheet row number of each row. */
  rows: Int32Array;
  /** Rows whose names differ from the first seen for their code (reported as inconsistent-name). */
  names: Map<number, { areaName: string; sectorName: string }>;
}

export interface ParseResult {
  format: SourceFormat | null;
  /** Accepted rows, in file order. A row with an error is not here: it is in `problems`. */
  readonly rows: AuditRow[];
  /** The same rows as a table (for building a cube without row objects); absent from hand-made results. */
  table?: ParsedTable;
  problems: Problem[];
  /** Data rows read (not counting the header or blank lines), accepted, and rejected with an error. */
  stats: {
    read: number;
    accepted: number;
    rejected: number;
    /**
     * Only when the reader was asked to keep some records (one Nomis measure, say): records set
     * aside, not counted in `read`, and described by 'set-aside' problems.
     */
    setAside?: number;
  };
}

/** Geography level, derived from the ONS GSS code prefix. */
export type AreaLevel = 'country' | 'lep' | 'lad' | 'other';

export interface Area {
  code: string;
  name: string;
  level: AreaLevel;
}

export interface Sector {
  code: string;
  name: string;
}

/**
 * What a dataset's `value` is. 'count' (the default): a count that adds up across sectors (enterprises,
 * people), so shares of an area's total and location quotients mean something. 'indicator': one figure
 * per area and year that does not add up (an index, a rate, £ per hour): no share, no LQ, no area total;
 * the value is mapped on a scale that fits its sign. See src/lib/metrics/measure-kind.ts.
 */
export type MeasureKind = 'count' | 'indicator';

/** A boundary set a dataset's codes may belong to besides the default (LEP 2021 + LAD 2021). */
export type GeographySet = 'lad23';

/** One entry of public/data/datasets.json. */
export interface DatasetMeta {
  id: string;
  title: string;
  /** What is counted, e.g. "Enterprises" or "People aged 16+ in employment". */
  measure: string;
  /** Unit of `value`, e.g. "enterprises", "people". */
  unit: string;
  /** Absent means 'count'. */
  measureKind?: MeasureKind;
  /** File name under public/data/ of the canonical CSV. */
  file: string;
  /** The same figures as a compact cube (cube-json.ts) for the app's first view; optional. */
  cube?: string;
  /**
   * A large cube also split by year (cube-years.ts): `head` holds the years the first view shows
   * (`headYears`), `rest` the others; together they are `cube`. Absent: `cube` is the only file.
   */
  cubeSplit?: { head: string; headYears: string[]; rest: string };
  years: string[];
  /** Geography levels present, e.g. ["country", "lep", "lad"]. */
  levels: AreaLevel[];
  sectorCount: number;
  /** Code of the default benchmark area. */
  benchmark: string;
  /** How area totals are made: the source publishes none, so they are sums of sectors. */
  totals: string;
  source: string;
  sourceUrl: string;
  release: string;
  licence: string;
  attribution: string[];
  caveats: string[];
  /** Whether rows carry a ci95. */
  hasCi: boolean;
  /**
   * Which boundary set the area codes belong to. Absent: the current one (LEPs May 2021 and
   * districts December 2021, 309 in England). 'lad23': the 296 districts of April 2023 (four new
   * unitaries made of 17 of the 2021 districts) and the same 38 LEPs. See src/lib/data/geography-set.ts.
   */
  geography?: GeographySet;
  /**
   * Sector hierarchy: child sector code → parent code; codes without an entry are roots. Absent
   * for a flat list. Parents may or may not have rows of their own. Measures are computed over one
   * level or the leaves, never over overlapping codes (src/lib/data/sector-tree.ts).
   */
  sectorParent?: Record<string, string>;
  /**
   * Sectors left out of area totals and measures, with everything under them (for GVA by default
   * owner-occupiers' imputed rent, 68IMP, which is not market output). Absent: none.
   */
  sectorExclude?: string[];
  /** An indicator's neutral value (productivity: 100 = the UK): its value colours diverge from it. */
  valueCentre?: number;
  /** Why the dataset has no figures for LEPs, said where LEPs would be chosen (productivity: indices do not average). */
  noLepReason?: string;
  /**
   * 'none': an empty cell means there was nothing to measure (a REF grade point average where no staff
   * were submitted), a true zero underneath, never a suppressed or missing figure. Absent: an empty
   * cell is missing.
   */
  emptyMeans?: 'none';
  /**
   * How this dataset's source words its flags, where the atlas's general words would mislead (GVA:
   * "suppressed (disclosive)"; England's partial sum as "partial sum", not a survey's "unreliable").
   * Absent: the general words (src/lib/data/flag-words.ts).
   */
  flagWords?: Partial<Record<Flag, { short: string; long: string }>>;
  /** Optional grouping, e.g. datasets that are size bands of one source. */
  group?: string;
}

export interface DatasetsManifest {
  generated: string;
  attribution: string[];
  datasets: DatasetMeta[];
  /** The default dataset's id. */
  default: string;
  /** `paths`: the first map's LEP path data, made by the data build (lib/map/lep-paths.ts). */
  topology: { file: string; objects: string[]; bytes: number; paths?: string };
  lookup: { file: string };
}

/**
 * Dense areas × sectors × years structure on typed arrays.
 * Cell (area a, sector s, year y) lives at index (y * sectors.length + s) * areas.length + a,
 * so all areas of one sector and year (a map) are contiguous.
 */
export interface Cube {
  areas: Area[];
  sectors: Sector[];
  /** Period labels in time order. */
  years: string[];
  areaIndex: Map<string, number>;
  sectorIndex: Map<string, number>;
  yearIndex: Map<string, number>;
  /** NaN where the value is missing (suppressed, not published, or no row at all). */
  values: Float64Array;
  /** FLAG_CODE per cell; 0 = no flag. A cell with no row at all is NaN with flag 0. */
  flags: Uint8Array;
  /** ± half-width of the 95% CI; NaN where not published. */
  ci95: Float64Array;
  /** Area totals e[a,·] per year at index y * areas.length + a: sum of the sectors that have a value; NaN when none has. */
  totals: Float64Array;
  /** How many sectors are missing from each total (same index as totals); 0 means the total is complete. */
  missingInTotal: Uint16Array;
  /** The sector hierarchy the totals were taken from (cube-tree.ts); absent for a flat list. */
  sectorParent?: Record<string, string>;
  /** Sectors left out of the totals (with everything under them). */
  sectorExclude?: string[];
  /**
   * Years listed whose cells have not loaded yet (a split dataset's first view, cube-years.ts): NaN
   * there means "not loaded", not "missing". Absent on a complete cube, which is every other cube.
   */
  pending?: string[];
}
