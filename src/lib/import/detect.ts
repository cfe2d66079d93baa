// What kind of file has the user dropped? Looks at the header and the first records of a text
// and says which layout it is in, with a guessed column mapping the user can correct.
// Pure and cheap: it reads at most `sampleChars` of the text, whatever the file's size.

import Papa from 'papaparse';
import { detectDelimiter, fileProblem } from '../data/parse-header';
import { looksLikeBinary } from '../data/parse-read';
import { periodSortKey } from '../data/period';
import { REQUIRED_COLUMNS } from '../data/types';
import { guessMapping } from './column-guess';
import {
  MAPPING_FIELDS,
  emptyMapping,
  type ColumnMapping,
  type DimensionChoice,
  type Detection,
  type DetectOptions,
  type ImportFormat,
  type MappingField,
  type WideLayout,
} from './detect-types';

export * from './detect-types';

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

/** Whether a header names a period: "2019", "2019/20", "2019 Q1", "Mar 2020"; returns the label or null. */
export function periodHeader(name: string): string | null {
  const t = name.trim();
  if (t === '') return null;
  if (periodSortKey(t) !== null) return t;
  return null;
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
