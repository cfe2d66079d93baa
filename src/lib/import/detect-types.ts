// The shapes detection answers in: the import formats, the fields a column can be mapped to, and
// the detection record itself. Kept apart so the column guesser and the detector can share them.

import type { Problem } from '../data/types';

export type ImportFormat = 'canonical' | 'nomis' | 'wide' | 'unknown';

/** The columns a canonical row is made from. */
export type MappingField = 'areaCode' | 'areaName' | 'sectorCode' | 'sectorName' | 'year' | 'value' | 'flag' | 'ci95';
export const MAPPING_FIELDS: readonly MappingField[] = [
  'areaCode',
  'areaName',
  'sectorCode',
  'sectorName',
  'year',
  'value',
  'flag',
  'ci95',
];

/** Column index (0-based, into the header) for each field, or null when the file has no such column. */
export type ColumnMapping = Record<MappingField, number | null>;

/** A wide table: the columns that hold one period each, and the period label each holds. */
export interface WideLayout {
  yearColumns: number[];
  /** Period label per year column, e.g. "2019" or "2019/20" (taken from the header). */
  labels: string[];
  /** The other columns (area, sector, notes …). */
  idColumns: number[];
}

/**
 * A column that splits the figures into alternatives, of which one must be chosen (Nomis
 * MEASURES_NAME with "Value" and "Percent"; EMPLOYMENT_STATUS_NAME …). Values are those seen in
 * the sample, in first-seen order; the first is the default choice.
 */
export interface DimensionChoice {
  column: number;
  name: string;
  values: string[];
  /** True for a measure column (MEASURES_NAME, MEASURE, …). */
  isMeasure: boolean;
}

export interface Detection {
  format: ImportFormat;
  /** ',', ';', '\t' or '|' ('' when the header has a single column). */
  delimiter: string;
  hasBom: boolean;
  /** Header cells, trimmed. Empty when the file could not be read. */
  header: string[];
  /** Spreadsheet row of the header (1 unless there are blank lines first). */
  headerRow: number;
  /** Up to `previewRows` data records after the header, as written (not trimmed). */
  preview: string[][];
  /** Guessed mapping; for 'wide', year and value are null (see `wide`). */
  mapping: ColumnMapping;
  /** How sure each guess is, 0…1 (0 when no guess). */
  confidence: Record<MappingField, number>;
  wide: WideLayout | null;
  /** Columns with several alternatives to choose from (Nomis measures and other dimensions). */
  choices: DimensionChoice[];
  /** The measures in a Nomis MEASURES_NAME column (or any measure column), as seen in the sample; [] if none. */
  measures: string[];
  /** Required fields that have no guess: the user must map them (empty for canonical and Nomis). */
  unmapped: MappingField[];
  /** File-level problems found already (empty file, binary, a single column …). */
  problems: Problem[];
}

export interface DetectOptions {
  /** How many data records to return in `preview` (default 10). */
  previewRows?: number;
  /** How much of the text to look at (default 256 KiB). */
  sampleChars?: number;
}

/** A mapping with no column for any field. */
export const emptyMapping = (): ColumnMapping => ({
  areaCode: null,
  areaName: null,
  sectorCode: null,
  sectorName: null,
  year: null,
  value: null,
  flag: null,
  ci95: null,
});
