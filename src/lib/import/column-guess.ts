// Which column holds which field? Scores each column as each field by its header name and by what
// the sampled cells hold (GSS codes, periods, numbers, flag words), then assigns greedily.

import { LOOSE_MARKERS, VALUE_MARKERS, parseLooseNumber } from '../data/parse-numbers';
import { periodSortKey } from '../data/period';
import { MAPPING_FIELDS, emptyMapping, type ColumnMapping, type MappingField } from './detect-types';

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

/** Assign columns to fields greedily by score: each column to one field at most. */
export function guessMapping(
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
