// What kind of file has the user dropped? Looks at the header and the first records of a text
// and says which layout it is in, with a guessed column mapping the user can correct.
// Pure and cheap: it reads at most `sampleChars` of the text, whatever the file's size.

import Papa from 'papaparse';
import { detectDelimiter, fileProblem } from '../data/parse-header';
import { looksLikeBinary } from '../data/parse-read';
import { LOOSE_MARKERS, VALUE_MARKERS, parseLooseNumber } from '../data/parse-numbers';
import { periodSortKey } from '../data/period';
import { REQUIRED_COLUMNS, type Problem } from '../data/types';

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

const GSS = /^[EWSNKLM]\d{8}$/;

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[_\-./()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Header-name patterns per field, strongest first, with a score. Matched against norm(name). */
const NAME_RULES: Record<MappingField, [RegExp, number][]> = {
  areaCode: [
    [/^(geography code|area code|areacode|gss code|ons code|geo code|geography id)$/, 1],
    [/^(lad|lep|ltla|utla|lau|cty|rgn|ctry|msoa|lsoa|oa|wd|ward|cauth|lpa)\d{0,2}cd$/, 1],
    [/^(la|lad|lep|local authority|district|region|geography|geog) code$/, 0.95],
    [
      /\b(gss|ons)\b.*\bcode\b|\bcode\b.*\b(area|geog|geography|la|lad|lep|region|itl|nuts|msoa|lsoa|ward)\b|\b(area|geog|geography|la|lad|lep|region|itl|nuts|msoa|lsoa|ward)\b.*\bcode\b/,
      0.85,
    ],
    [/^(code|geography|geog)$/, 0.4],
  ],
  areaName: [
    [/^(geography name|area name|areaname|geo name)$/, 1],
    [/^(lad|lep|ltla|utla|lau|cty|rgn|ctry|msoa|lsoa|wd|ward|cauth|lpa)\d{0,2}nm$/, 1],
    [
      /^(area|local authority|district|lep|region|place|geography|la|local enterprise partnership|local authority district)( name)?$/,
      0.9,
    ],
    [/\b(area|place|authority|district|lep|geography|region)\b/, 0.6],
    [/^name$/, 0.5],
  ],
  sectorCode: [
    [
      /^(industry code|sector code|sic code|sic2007|sic 2007|sic07|sic|sic section|sic division|industry id|ubc code|sector id)$/,
      1,
    ],
    [/\b(sic|industry|sector)\b.*\bcode\b|\bcode\b.*\b(sic|industry|sector)\b/, 0.9],
  ],
  sectorName: [
    [
      /^(industry name|sector name|industry|sector|broad industry group|broad industry|industry group|sic description|sector description|activity)$/,
      1,
    ],
    [/\b(industry|sector|sic|activity)\b/, 0.7],
    [/^description$/, 0.5],
  ],
  year: [
    [/^(year|date|period|date name|time period|yr|financial year|reference year|time)$/, 1],
    [/\b(year|date|period)\b/, 0.7],
  ],
  value: [
    [
      /^(value|obs value|count|jobs|employment|employees|enterprises|businesses|units|local units|gva|total|amount|number|people|headcount|workers|turnover)$/,
      1,
    ],
    [
      /\b(value|count|jobs|employment|employees|enterprises|businesses|gva|number|people|headcount|total|turnover)\b/,
      0.7,
    ],
  ],
  flag: [
    [/^(flag|obs status|status|marker|note|notes|footnote|quality)$/, 1],
    [/\b(flag|status)\b/, 0.6],
  ],
  ci95: [
    [/^(ci95|ci|confidence interval|confidence|margin of error|moe|95% ci|\+\/ ?|\+ ?)$/, 1],
    [/\b(ci|ci95|confidence|margin)\b/, 0.8],
  ],
};

/** Nomis `_NAME` columns that are not alternatives to choose between. */
const NOMIS_FIXED = new Set([
  'date_name',
  'geography_name',
  'industry_name',
  'obs_status_name',
  'obs_conf_name',
  'record_offset',
  'record_count',
]);
const MEASURE_NAMES = new Set(['measures_name', 'measure_name', 'measure']);

/** Words that say a column is not an area's name even if it mentions an area ("ITL region code", "lep_year_spec"). */
const NOT_A_NAME = /\b(code|cd|id|year|yr|spec|date|type|version|vintage)\b/;

function nameScore(field: MappingField, name: string): number {
  const n = norm(name);
  if (n === '') return 0;
  if (field === 'areaName' && NOT_A_NAME.test(n)) return 0;
  for (const [re, score] of NAME_RULES[field]) if (re.test(n)) return score;
  return 0;
}

/** What the sample says a column holds: share of non-empty cells of each kind. */
interface ColumnProfile {
  filled: number;
  gss: number;
  period: number;
  numeric: number;
  marker: number;
  flagWord: number;
  distinct: number;
  /** Mean length of non-empty cells. */
  meanLength: number;
}

const FLAG_WORDS = new Set([
  'suppressed',
  'unreliable',
  'missing',
  'rounded',
  'a',
  'q',
  'm',
  '!',
  '~',
  '-',
  '*',
  '..',
  ':',
  'x',
  'c',
]);

function profile(records: string[][], j: number): ColumnProfile {
  let filled = 0;
  let gss = 0;
  let period = 0;
  let numeric = 0;
  let marker = 0;
  let flagWord = 0;
  let length = 0;
  const seen = new Set<string>();
  for (const r of records) {
    const c = (r[j] ?? '').trim();
    if (c === '') continue;
    filled++;
    length += c.length;
    seen.add(c);
    if (GSS.test(c)) gss++;
    if (periodSortKey(c) !== null) period++;
    if (parseLooseNumber(c) === parseLooseNumber(c)) numeric++;
    else if (VALUE_MARKERS.has(c) || LOOSE_MARKERS.has(c.toLowerCase())) marker++;
    if (FLAG_WORDS.has(c.toLowerCase())) flagWord++;
  }
  const f = Math.max(filled, 1);
  return {
    filled,
    gss: gss / f,
    period: period / f,
    numeric: numeric / f,
    marker: marker / f,
    flagWord: flagWord / f,
    distinct: seen.size,
    meanLength: length / f,
  };
}

/** Score of column j (name and content) as each field. */
function contentScore(field: MappingField, p: ColumnProfile): number {
  if (p.filled === 0) return 0;
  switch (field) {
    case 'areaCode':
      return p.gss >= 0.8 ? 0.9 : 0;
    case 'areaName':
      return p.numeric < 0.2 && p.gss < 0.2 && p.period < 0.2 && p.meanLength > 3 ? 0.2 : 0;
    case 'year':
      return p.period >= 0.9 && p.distinct <= 60 ? 0.6 : 0;
    case 'value':
      return p.numeric + p.marker >= 0.8 && p.numeric > 0 && p.period < 0.9 ? 0.4 : 0;
    case 'flag':
      return p.flagWord >= 0.8 ? 0.3 : 0;
    default:
      return 0;
  }
}

/** Whether a header names a period: "2019", "2019/20", "2019 Q1", "Mar 2020"; returns the label or null. */
export function periodHeader(name: string): string | null {
  const t = name.trim();
  if (t === '') return null;
  if (periodSortKey(t) !== null) return t;
  return null;
}

const emptyMapping = (): ColumnMapping => ({
  areaCode: null,
  areaName: null,
  sectorCode: null,
  sectorName: null,
  year: null,
  value: null,
  flag: null,
  ci95: null,
});

/** Assign columns to fields greedily by score: each column to one field at most. */
function guessMapping(
  header: string[],
  records: string[][],
  fields: readonly MappingField[],
  columns: readonly number[],
): { mapping: ColumnMapping; confidence: Record<MappingField, number> } {
  const profiles = header.map((_, j) => profile(records, j));
  const candidates: { field: MappingField; column: number; score: number }[] = [];
  for (const field of fields) {
    for (const j of columns) {
      const byName = nameScore(field, header[j]);
      const byContent = contentScore(field, profiles[j]);
      let score = Math.max(byName, byContent) + (byName > 0 && byContent > 0 ? 0.1 : 0);
      // A name match contradicted by the content counts for less.
      if (byName > 0 && profiles[j].filled > 0) {
        if (field === 'value' && profiles[j].numeric + profiles[j].marker < 0.5) score *= 0.3;
        if (field === 'year' && profiles[j].period < 0.5) score *= 0.3;
        if (field === 'areaName' && profiles[j].gss >= 0.8) score *= 0.3;
      }
      if (score > 0) candidates.push({ field, column: j, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping = emptyMapping();
  const confidence = Object.fromEntries(MAPPING_FIELDS.map((f) => [f, 0])) as Record<MappingField, number>;
  const taken = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== null || taken.has(c.column) || c.score < 0.35) continue;
    mapping[c.field] = c.column;
    confidence[c.field] = Math.min(1, c.score);
    taken.add(c.column);
  }
  // A lone "code" column beside an area name is more likely the sector code when the area has
  // a GSS code column already, and vice versa; nothing more to do here: greedy order handles it.
  return { mapping, confidence };
}

/** Split a sample of text into records with papaparse (the last, possibly cut, record dropped). */
function sampleRecords(text: string, delimiter: string, sampleChars: number): string[][] {
  const cut = text.length > sampleChars;
  const sample = cut ? text.slice(0, sampleChars) : text;
  const parsed = Papa.parse<string[]>(sample, {
    header: false,
    skipEmptyLines: false,
    ...(delimiter ? { delimiter } : {}),
  });
  const data = parsed.data;
  if (cut && data.length > 1) data.pop();
  return data;
}

const isBlank = (r: string[]) => r.every((c) => c.trim() === '');

/** Find the columns with alternatives to choose between in a Nomis file (and a measure column in any file). */
function findChoices(header: string[], records: string[][], nomis: boolean, used: Set<number>): DimensionChoice[] {
  const out: DimensionChoice[] = [];
  header.forEach((name, j) => {
    if (used.has(j)) return;
    const lower = name.toLowerCase();
    const isMeasure = MEASURE_NAMES.has(lower);
    const nomisDimension = nomis && lower.endsWith('_name') && !NOMIS_FIXED.has(lower);
    if (!isMeasure && !nomisDimension) return;
    const values: string[] = [];
    const seen = new Set<string>();
    for (const r of records) {
      const c = (r[j] ?? '').trim();
      if (c === '' || seen.has(c)) continue;
      seen.add(c);
      values.push(c);
    }
    if (values.length === 0) return;
    if (isMeasure || values.length > 1) out.push({ column: j, name, values, isMeasure });
  });
  return out;
}

/**
 * Look at the start of a text and say what it is, with a guessed mapping.
 * Never throws; a file that cannot be read at all comes back 'unknown' with a problem.
 */
export function detectImport(text: string, options: DetectOptions = {}): Detection {
  const previewRows = options.previewRows ?? 10;
  const sampleChars = options.sampleChars ?? 1 << 18;
  const hasBom = text.charCodeAt(0) === 0xfeff;
  if (hasBom) text = text.slice(1);
  const result: Detection = {
    format: 'unknown',
    delimiter: '',
    hasBom,
    header: [],
    headerRow: 1,
    preview: [],
    mapping: emptyMapping(),
    confidence: Object.fromEntries(MAPPING_FIELDS.map((f) => [f, 0])) as Record<MappingField, number>,
    wide: null,
    choices: [],
    measures: [],
    unmapped: ['areaCode', 'sectorCode', 'year', 'value'],
    problems: [],
  };
  if (/^\s*$/.test(text.slice(0, sampleChars)) && /^\s*$/.test(text)) {
    result.problems.push(fileProblem('empty-file', 'error', 'The file is empty: there is nothing to read.'));
    return result;
  }
  if (looksLikeBinary(text)) {
    result.problems.push(
      fileProblem(
        'not-text',
        'error',
        'The file does not look like a CSV text file: it contains binary or unreadable characters. ' +
          'If it is a spreadsheet, save it as "CSV UTF-8" and load that.',
      ),
    );
    return result;
  }
  const delimiter = detectDelimiter(text);
  result.delimiter = delimiter;
  let sample = sampleChars;
  let records = sampleRecords(text, delimiter, sample);
  // A first data row longer than the sample (a very wide table) is cut off and dropped: read more
  // until a whole data row is in, rather than report "no data rows".
  while (sample < text.length && records.filter((r) => !isBlank(r)).length < 2) {
    sample *= 4;
    records = sampleRecords(text, delimiter, sample);
  }
  let h = 0;
  while (h < records.length && isBlank(records[h])) h++;
  if (h === records.length) {
    result.problems.push(fileProblem('empty-file', 'error', 'The file is empty: it has no header and no data.'));
    return result;
  }
  const header = records[h].map((c) => c.trim());
  result.header = header;
  result.headerRow = h + 1;
  const data = records.slice(h + 1).filter((r) => !isBlank(r));
  result.preview = data.slice(0, previewRows);
  if (header.length === 1) {
    result.problems.push(
      fileProblem(
        'single-column',
        'error',
        `The header (row ${h + 1}) reads as a single column. The columns must be separated by commas, semicolons, tabs or "|".`,
      ),
    );
    return result;
  }
  if (data.length === 0) {
    result.problems.push(fileProblem('no-data-rows', 'error', 'The file has a header but no data rows.'));
  }

  const lower = header.map((c) => c.toLowerCase());
  const idx = (n: string) => {
    const j = lower.indexOf(n);
    return j < 0 ? null : j;
  };
  const all = header.map((_, j) => j);

  // Canonical: every required column by name.
  if (REQUIRED_COLUMNS.every((c) => lower.includes(c))) {
    result.format = 'canonical';
    result.mapping = {
      areaCode: idx('area_code'),
      areaName: idx('area_name'),
      sectorCode: idx('sector_code'),
      sectorName: idx('sector_name'),
      year: idx('year'),
      value: idx('value'),
      flag: idx('flag'),
      ci95: idx('ci95'),
    };
  } else if (
    ['geography_code', 'geography_name', 'industry_code', 'industry_name', 'obs_value'].every((c) =>
      lower.includes(c),
    ) &&
    (lower.includes('date') || lower.includes('date_name'))
  ) {
    result.format = 'nomis';
    result.mapping = {
      areaCode: idx('geography_code'),
      areaName: idx('geography_name'),
      sectorCode: idx('industry_code'),
      sectorName: idx('industry_name'),
      year: idx('date') ?? idx('date_name'),
      value: idx('obs_value'),
      flag: idx('obs_status'),
      ci95: null,
    };
  } else {
    const yearColumns: number[] = [];
    const labels: string[] = [];
    header.forEach((name, j) => {
      const label = periodHeader(name);
      if (label !== null) {
        yearColumns.push(j);
        labels.push(label);
      }
    });
    const ids = all.filter((j) => !yearColumns.includes(j));
    const long = guessMapping(header, data, MAPPING_FIELDS, all);
    const wideLooking =
      yearColumns.length >= 2 ||
      (yearColumns.length === 1 && (long.mapping.year === null || long.mapping.value === null));
    if (wideLooking && ids.length > 0) {
      result.format = 'wide';
      result.wide = { yearColumns, labels, idColumns: ids };
      const g = guessMapping(header, data, ['areaCode', 'areaName', 'sectorCode', 'sectorName', 'flag', 'ci95'], ids);
      result.mapping = g.mapping;
      result.confidence = g.confidence;
    } else {
      result.format = 'unknown';
      result.mapping = long.mapping;
      result.confidence = long.confidence;
    }
  }
  if (result.format === 'canonical' || result.format === 'nomis') {
    for (const f of MAPPING_FIELDS) result.confidence[f] = result.mapping[f] === null ? 0 : 1;
  }

  const used = new Set<number>(Object.values(result.mapping).filter((j): j is number => j !== null));
  result.choices = findChoices(header, data, result.format === 'nomis', used);
  result.measures = result.choices.find((c) => c.isMeasure)?.values ?? [];
  result.unmapped = unmappedFields(result.format, result.mapping, result.wide);
  return result;
}

/**
 * Required fields a mapping still lacks: an area (code or name), a sector (code or name), and a
 * year and value column unless the table is wide. Names the code field when both are missing.
 */
export function unmappedFields(
  format: ImportFormat,
  m: ColumnMapping,
  wide: WideLayout | null,
  kind: 'count' | 'indicator' = 'count',
): MappingField[] {
  const out: MappingField[] = [];
  if (m.areaCode === null && m.areaName === null) out.push('areaCode');
  // An indicator (one figure per area and year) needs no sector column.
  if (m.sectorCode === null && m.sectorName === null && kind === 'count') out.push('sectorCode');
  if (format === 'wide') {
    if (!wide || wide.yearColumns.length === 0) out.push('year');
  } else {
    if (m.year === null) out.push('year');
    if (m.value === null) out.push('value');
  }
  return out;
}
