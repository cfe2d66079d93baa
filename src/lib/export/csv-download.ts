// The downloads behind every view: "the data in this view" (the rows and columns shown, in the order
// shown) and "the whole dataset" (every row of the dataset). Each is built once as a DataTable (the
// cells, already tidied) and written three ways:
// - a CSV (tableCsv) whose row 1 is the column names, so Excel, pandas and R read it as it is:
//   UTF-8 with a byte-order mark (Excel then reads "Ynys Môn" right), CRLF line ends (RFC 4180),
//   numbers plain, missing as an empty cell (never 0), text neutralised against formulas;
// - an .xlsx with a Data sheet (the same table) and a Notes sheet (xlsx-table.ts), as ONS's own
//   downloads are laid out;
// - notes (notesText): title, source, licence, the view's filters, what each column holds, caveats,
//   for whoever keeps the CSV; the same rows make the Notes sheet.
// The metadata never sits above the table, so the table is never broken by it.

import { flagNote } from '../data/flag-words';
import type { AreaLevel, Cube, DatasetMeta, Flag } from '../data/types';
import { cubeToRows } from '../data/cube';
import { csvCell, csvText, type CsvCell } from './csv-cell';
import { exportFileName } from './file-name';
import { tidyNumber } from './tidy-number';
import { levelWords, sectorWords } from '../words';

export const BOM = '\uFEFF';
export const CRLF = '\r\n';

/** What the notes state about a download. */
export interface CsvHeaderInfo {
  /** What the file holds, e.g. "Location quotient of Manufacturing enterprises, LEPs, 2022". */
  title: string;
  /** What is counted, e.g. "Enterprises" (DatasetMeta.measure). */
  measure: string;
  /** Unit of the figures, e.g. "enterprises" (DatasetMeta.unit). */
  unit: string;
  /** The choices behind the view, in display order, e.g. [["Sector", "Manufacturing"], ["Year", "2022"]]. Empty: the whole dataset. */
  filters: readonly (readonly [name: string, value: string])[];
  /** Benchmark area name, e.g. "England"; left out when null or undefined. */
  benchmark?: string | null;
  source: string;
  /** Left out when null, undefined or empty. */
  sourceUrl?: string | null;
  release: string;
  licence: string;
  /** One line each. */
  attribution: readonly string[];
  /** Download date, ISO "YYYY-MM-DD" (see isoDate); passed in, never read from the clock here. */
  downloaded: string;
  /** Permalink of the view; left out when null, undefined or empty. */
  link?: string | null;
  /** Caveats and notes, one line each. */
  notes?: readonly string[];
}

/** One column of a download: its name (row 1), how to read a row's cell, and what it holds in words. */
export interface CsvColumn<R> {
  header: string;
  value: (row: R) => CsvCell;
  /** What the column holds, with its unit, for the notes. */
  about?: string;
  /** Left out of the file when no row has a value in it (rather than a column of empty cells). */
  optional?: boolean;
}

export interface ViewCsvSpec<R> {
  header: CsvHeaderInfo;
  /** In display order. */
  columns: readonly CsvColumn<R>[];
  /** In display order. */
  rows: readonly R[];
}

/** A download's table: column names, their meanings, and cells (numbers tidied, missing null). */
export interface DataTable {
  info: CsvHeaderInfo;
  headers: string[];
  about: string[];
  rows: CsvCell[][];
}

export const MISSING_NOTE =
  'An empty cell is a figure that is not available (the flag column, where there is one, says why); it is never zero.';
export const APOSTROPHE_NOTE =
  'In the CSV, text cells that begin with =, +, -, @, tab or carriage return start with an apostrophe so spreadsheets never run them as formulas.';
export const PRECISION_NOTE =
  'Numbers are unrounded apart from the last digits of computer arithmetic: each is given to at most 10 significant figures (so 0.1 + 0.2 reads 0.3).';
const NO_FILTERS = 'None: every area, sector and year in the dataset';

const isEmpty = (v: CsvCell) =>
  v === null || v === undefined || v === '' || (typeof v === 'number' && !Number.isFinite(v));

/** Cells of each row, numbers tidied, empty as null; optional columns with no value in any row left out. */
export function buildTable<R>(info: CsvHeaderInfo, columns: readonly CsvColumn<R>[], rows: readonly R[]): DataTable {
  const cells = rows.map((r) =>
    columns.map((c) => {
      const v = c.value(r);
      if (isEmpty(v)) return null;
      return typeof v === 'number' ? tidyNumber(v) : v;
    }),
  );
  const keep = columns.map((c, j) => !c.optional || cells.some((row) => row[j] !== null));
  return {
    info,
    headers: columns.filter((_, j) => keep[j]).map((c) => c.header),
    about: columns.filter((_, j) => keep[j]).map((c) => c.about ?? ''),
    rows: cells.map((row) => row.filter((_, j) => keep[j])),
  };
}

/** "The data in this view": the given columns and rows in the given order. */
export function viewCsv<R>(spec: ViewCsvSpec<R>): DataTable {
  return buildTable(spec.header, spec.columns, spec.rows);
}

/** The CSV file: BOM, the column names on row 1, then the rows; every line ending in CRLF. */
export function tableCsv(t: DataTable): string {
  const lines = [t.headers.map(csvText).join(','), ...t.rows.map((r) => r.map((v) => csvCell(v)).join(','))];
  return BOM + lines.join(CRLF) + CRLF;
}

const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');

/** The notes of one download as [label, text] pairs: what it is, where it came from, what each column holds. */
export function notesPairs(t: DataTable): [string, string][] {
  const h = t.info;
  const pairs: [string, string][] = [
    ['Title', h.title],
    ['Measure', h.measure],
    ['Unit', h.unit],
    ['Filters', h.filters.length ? h.filters.map(([k, v]) => `${k}: ${v}`).join('; ') : NO_FILTERS],
  ];
  if (h.benchmark) pairs.push(['Benchmark', h.benchmark]);
  pairs.push(['Source', h.source]);
  if (h.sourceUrl) pairs.push(['Source URL', h.sourceUrl]);
  pairs.push(['Release', h.release], ['Licence', h.licence]);
  for (const a of h.attribution) pairs.push(['Attribution', a]);
  pairs.push(['Downloaded', h.downloaded]);
  if (h.link) pairs.push(['Link', h.link]);
  pairs.push(['Rows', String(t.rows.length)]);
  t.headers.forEach((c, j) => pairs.push([`Column ${c}`, t.about[j] || c]));
  for (const n of h.notes ?? []) pairs.push(['Note', n]);
  pairs.push(['Missing values', MISSING_NOTE], ['Precision', PRECISION_NOTE], ['Formulas', APOSTROPHE_NOTE]);
  return pairs.map(([k, v]) => [k, oneLine(v)]);
}

/** Plain-text notes for one or more CSV files, each under its file name. */
export function notesText(files: readonly { fileName: string; table: DataTable }[]): string {
  const blocks = files.map(({ fileName, table }) => {
    const lines = [fileName, '='.repeat(Math.min(fileName.length, 80))];
    for (const [k, v] of notesPairs(table)) lines.push(`${k}: ${v}`);
    return lines.join(CRLF);
  });
  return blocks.join(CRLF + CRLF) + CRLF;
}

/**
 * The name of the column holding the dataset's figures, by its unit: "enterprises_count",
 * "people_count", "gbp_million" …; a unit without a rule becomes its own slug ("employees").
 */
export function valueColumnName(meta: Pick<DatasetMeta, 'unit'>): string {
  const unit = meta.unit.trim();
  const known: Record<string, string> = {
    enterprises: 'enterprises_count',
    people: 'people_count',
    '£m': 'gbp_million',
    '£ thousands': 'gbp_thousand',
    '4* FTE': 'fte_4star',
    FTE: 'fte',
    'GPA × FTE': 'gpa_x_fte',
    'index (UK = 100)': 'index_uk_100',
  };
  if (known[unit]) return known[unit];
  const slug = unit
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/£/g, 'gbp ')
    .replace(/%/g, ' pct ')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(slug) ? slug : `value${slug ? '_' + slug : ''}`;
}

/** What the figure column holds, in words. */
export function valueColumnAbout(meta: Pick<DatasetMeta, 'measure' | 'unit'>): string {
  return `${meta.measure}, in ${meta.unit}. Empty where the source publishes no figure.`;
}

export const FLAG_ABOUT =
  'Why a figure is missing or approximate: suppressed (withheld by the source), unreliable (a survey estimate from too small a sample), missing (not published), rounded (a small count rounded by the source). Empty when the figure has no such note.';

/** "LEP", "district", "country", "other": a level as a spreadsheet user reads it. */
export const levelWord = (level: AreaLevel) => levelWords(level).csv;

interface DatasetRow {
  areaCode: string;
  areaName: string;
  level: AreaLevel;
  sectorCode: string;
  sectorName: string;
  year: string;
  value: number | null;
  flag: Flag | null;
  ci95: number | null;
}

/** The whole dataset's columns (those with no value in this dataset are left out of the file). */
export function datasetColumns(
  meta: Pick<DatasetMeta, 'measure' | 'unit'> & { id?: string },
  lepsOf?: (districtCode: string) => string,
): CsvColumn<DatasetRow>[] {
  const value = valueColumnName(meta);
  return [
    {
      header: 'area_code',
      value: (r) => r.areaCode,
      about: 'ONS GSS code of the area (E37… a LEP, E06–E09… a district, E92000001 England), or the code in your file.',
    },
    { header: 'area_name', value: (r) => r.areaName, about: 'Name of the area.' },
    {
      header: 'area_level',
      value: (r) => levelWord(r.level),
      about: 'LEP (Local Enterprise Partnership), district (local authority district), country, or other.',
    },
    ...(lepsOf
      ? [
          {
            header: 'lep_name',
            value: (r: DatasetRow) => (r.level === 'lad' ? lepsOf(r.areaCode) : null),
            about:
              'For a district, the LEP it belongs to; the seven districts in two LEPs name both, separated by "; ". Empty for other areas.',
            optional: true,
          },
        ]
      : []),
    { header: 'sector_code', value: (r) => r.sectorCode, about: sectorWords(meta.id).code },
    { header: 'sector_name', value: (r) => r.sectorName, about: sectorWords(meta.id).name },
    { header: 'year', value: (r) => r.year, about: 'Year or period as the source labels it.' },
    { header: value, value: (r) => r.value, about: valueColumnAbout(meta) },
    { header: 'flag', value: (r) => r.flag, about: FLAG_ABOUT, optional: true },
    {
      header: `${value}_ci95_plus_minus`,
      value: (r) => r.ci95,
      about: `Plus or minus this much gives the 95% confidence interval of ${value}, as the source publishes it (survey estimates). Empty where none is published.`,
      optional: true,
    },
  ];
}

/** "The whole dataset": every area × sector × year the cube holds (cells with neither a value nor a flag are left out). */
export function datasetCsv(opts: {
  header: CsvHeaderInfo;
  cube: Cube;
  meta: Pick<DatasetMeta, 'measure' | 'unit'> & { id?: string };
  lepsOf?: (districtCode: string) => string;
}): DataTable {
  const level = new Map(opts.cube.areas.map((a) => [a.code, a.level]));
  const rows: DatasetRow[] = cubeToRows(opts.cube).map((r) => ({ ...r, level: level.get(r.areaCode) ?? 'other' }));
  const hasDistricts = opts.cube.areas.some((a) => a.level === 'lad');
  return buildTable(opts.header, datasetColumns(opts.meta, hasDistricts ? opts.lepsOf : undefined), rows);
}

/** The notes' dataset facts from datasets.json; the view supplies the rest. */
export function csvHeaderFromDataset(
  meta: DatasetMeta,
  view: Pick<CsvHeaderInfo, 'title' | 'filters' | 'benchmark' | 'downloaded' | 'link'>,
): CsvHeaderInfo {
  return {
    ...view,
    measure: meta.measure,
    unit: meta.unit,
    source: meta.source,
    sourceUrl: meta.sourceUrl,
    release: meta.release,
    licence: meta.licence,
    attribution: meta.attribution,
    // The dataset's own words for its flags (GVA's "suppressed" is ONS's [c]; its "unreliable" a partial sum).
    notes: [meta.totals, ...meta.caveats, flagNote(meta.flagWords)].filter((s) => s !== ''),
  };
}

/** What the whole-dataset file holds, as its title: "UK Business Counts: enterprises by sector, every area and year". */
export function datasetTitle(meta: Pick<DatasetMeta, 'title'>): string {
  return `${meta.title}: every area, sector and year`;
}

/** e.g. csvFileName(["Enterprises", "Manufacturing", 2022, "LEPs"]) → "specialisation-atlas_enterprises_manufacturing_2022_leps.csv". */
export function csvFileName(parts: readonly (string | number | null | undefined)[]): string {
  return exportFileName(parts, 'csv');
}
