// Annual Population Survey, people aged 16+ in employment by industry (Nomis T13a) → canonical rows.

import type { AuditRow, Flag } from '../../src/lib/data/types.ts';
import { isNumeric, parseCount, readSourceCsv } from './csv.ts';
import { SourceError } from './errors.ts';
import { checkComplete, classifyArea, DropCounter, type Scope } from './scope.ts';

export const APS_FILE = 'sectors/aps-employment-by-industry-2018-2022.csv';
export const APS_COLUMNS = [
  'period',
  'year',
  'geo_level',
  'geo_code',
  'geo_name_nomis',
  'industry',
  'employed_16plus',
  'marker',
  'ci95',
] as const;

/**
 * Nomis markers on APS cells. A marked cell has no estimate; it is never a zero. `!` (sample 0–2,
 * disclosive) and `~` (estimate under 500, withheld) both mean "not published": flag 'suppressed'.
 * 'unreliable' is kept for estimates that ARE published but rest on a small sample (`*` in ci95).
 */
export const APS_MARKERS: Record<string, Flag> = { '!': 'suppressed', '~': 'suppressed', '-': 'missing' };
/** ci95 cells that carry no number: `*` unreliable (sample 3–9), `!` disclosive, `-` missing. */
const CI_PLACEHOLDERS = new Set(['', '*', '!', '-']);
/**
 * `*` in ci95 beside a published estimate: "estimate and confidence interval unreliable since the
 * group sample size is small (3–9)". The estimate is kept and flagged 'unreliable', never shown as
 * an ordinary figure that merely lacks an interval.
 */
export const APS_UNRELIABLE_CI = '*';

/** Spelling fixes applied to source industry names (documented in the manifest caveats). */
export const APS_NAME_FIXES: Record<string, string> = { Agricuture: 'Agriculture' };

/**
 * Splits an APS industry label into its SIC section code and name:
 * "C Manufacturing" → C; "B,D,E Energy & water" → B,D,E; "K-N Banking finance & insurance etc." → K-N.
 */
export function splitApsIndustry(label: string): { code: string; name: string } | null {
  const m = /^([A-U](?:[,-][A-U])*)\s+(\S.*)$/.exec(label.trim());
  if (!m) return null;
  let name = m[2].trim();
  for (const [wrong, right] of Object.entries(APS_NAME_FIXES))
    name = name.replace(new RegExp(`\\b${wrong}\\b`, 'g'), right);
  return { code: m[1], name };
}

export interface ApsResult {
  rows: AuditRow[];
  sectors: { code: string; name: string; sourceName: string }[];
  years: string[];
  sourceRows: number;
  dropped: DropCounter;
  renamed: Map<string, string>;
  /** Counts of marked cells (value empty) by flag (in scope), and how many of the suppressed were `~`. */
  marked: Record<Flag, number> & { underFiveHundred: number };
  /** In-scope estimates with `*` in ci95: kept, flagged 'unreliable', with an empty ci95. */
  unreliable: number;
  /** Name fixes actually applied: source label → fixed name. */
  fixes: Map<string, string>;
}

export function readAps(text: string, scope: Scope, file = APS_FILE): ApsResult {
  const table = readSourceCsv(text, file, APS_COLUMNS);
  const rows: AuditRow[] = [];
  const sectors = new Map<string, { code: string; name: string; sourceName: string }>();
  const years = new Set<string>();
  const keys = new Set<string>();
  const dropped = new DropCounter();
  const renamed = new Map<string, string>();
  const marked = { suppressed: 0, unreliable: 0, missing: 0, rounded: 0, underFiveHundred: 0 };
  const fixes = new Map<string, string>();
  let unreliable = 0;

  for (const r of table.rows) {
    const row = r.row;
    const year = r.get('year');
    if (!/^\d{4}$/.test(year)) throw new SourceError(file, `"${year}" is not a four-digit year.`, row, 'year');
    const label = r.get('industry');
    const split = splitApsIndustry(label);
    if (!split) {
      throw new SourceError(
        file,
        `industry "${label}" is not "<SIC section(s)> <name>" (e.g. "C Manufacturing", "K-N Banking …").`,
        row,
        'industry',
      );
    }
    const marker = r.get('marker');
    const raw = r.get('employed_16plus');
    const ciText = r.get('ci95');
    let value: number | null;
    let flag: Flag | null = null;
    if (marker === '') {
      value = parseCount(raw, file, row, 'employed_16plus');
      if (ciText === APS_UNRELIABLE_CI) flag = 'unreliable';
    } else {
      const f = APS_MARKERS[marker];
      if (!f) {
        throw new SourceError(file, `unknown marker "${marker}" (expected "!", "~", "-" or empty).`, row, 'marker');
      }
      if (raw !== '') {
        throw new SourceError(
          file,
          `a cell marked "${marker}" (${f}) has an estimate "${raw}"; marked cells must be empty.`,
          row,
          'employed_16plus',
        );
      }
      value = null;
      flag = f;
    }
    let ci95: number | null = null;
    if (isNumeric(ciText)) ci95 = Number(ciText);
    else if (!CI_PLACEHOLDERS.has(ciText)) {
      throw new SourceError(file, `"${ciText}" is neither a number nor a known placeholder (*, !, -).`, row, 'ci95');
    }
    if (value === null) ci95 = null;

    const area = classifyArea(
      scope,
      r.get('geo_code'),
      r.get('geo_level'),
      file,
      row,
      'geo_code',
      r.get('geo_name_nomis'),
    );
    if (typeof area === 'string') {
      dropped.add(area, r.get('geo_name_nomis'));
      continue;
    }
    if (value === null && flag) {
      marked[flag]++;
      if (marker === '~') marked.underFiveHundred++;
    } else if (flag === 'unreliable') unreliable++;

    const sector = sectors.get(split.code);
    if (!sector) {
      sectors.set(split.code, { ...split, sourceName: label });
      if (!label.endsWith(split.name)) fixes.set(label, split.name);
    } else if (sector.sourceName !== label) {
      throw new SourceError(
        file,
        `industry ${split.code} is labelled "${label}" here but "${sector.sourceName}" earlier.`,
        row,
        'industry',
      );
    }
    const key = `${area.code}|${split.code}|${year}`;
    if (keys.has(key))
      throw new SourceError(file, `a second row for area ${area.code}, industry ${split.code}, year ${year}.`, row);
    keys.add(key);
    years.add(year);
    const nomisName = r.get('geo_name_nomis');
    if (nomisName !== area.name && area.level !== 'country') renamed.set(area.code, nomisName);

    rows.push({
      areaCode: area.code,
      areaName: area.name,
      sectorCode: split.code,
      sectorName: split.name,
      year,
      value,
      flag,
      ci95,
      row,
    });
  }
  // Source order of industries is SIC order; keep it.
  const sectorList = [...sectors.values()];
  const yearList = [...years].sort();
  checkComplete(
    rows,
    scope,
    sectorList.map((s) => s.code),
    yearList,
    file,
    'APS employment',
  );
  return {
    rows,
    sectors: sectorList,
    years: yearList,
    sourceRows: table.rows.length,
    dropped,
    renamed,
    marked,
    unreliable,
    fixes,
  };
}
