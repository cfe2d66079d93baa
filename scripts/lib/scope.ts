// Which source areas the atlas covers: England, the 38 LEPs (2021) and the 309 English districts (2021).
// Welsh districts and the Scottish / Northern Irish rows (which have no code in the tidy files) are
// outside that scope and are dropped — deliberately, and counted in the build log.

import type { AreaLevel, AuditRow } from '../../src/lib/data/types.ts';
import { SourceError } from './errors.ts';
import { ENGLAND_CODE, ENGLAND_NAME, ENGLISH_LAD_CODE, LEP_CODE } from './geo.ts';

export interface ScopeArea {
  code: string;
  /** Name from the ONS 2021 boundary files (England: "England"). */
  name: string;
  level: Exclude<AreaLevel, 'other'>;
}

export interface Scope {
  /** Every in-scope area by code, in output order: England, LEPs, then LADs (each by code). */
  areas: Map<string, ScopeArea>;
  /** English district names, to catch an English row whose code went missing. */
  ladByName: Map<string, string>;
}

export function makeScope(lepNames: Map<string, string>, ladNames: Map<string, string>): Scope {
  const areas = new Map<string, ScopeArea>();
  areas.set(ENGLAND_CODE, { code: ENGLAND_CODE, name: ENGLAND_NAME, level: 'country' });
  for (const code of [...lepNames.keys()].sort()) areas.set(code, { code, name: lepNames.get(code)!, level: 'lep' });
  for (const code of [...ladNames.keys()].sort()) areas.set(code, { code, name: ladNames.get(code)!, level: 'lad' });
  const ladByName = new Map([...ladNames].map(([code, name]) => [name, code]));
  return { areas, ladByName };
}

/** Why a source row was dropped, for the build log. */
export type DropReason =
  'Welsh district (W06)' | 'district with an empty code (outside England)' | 'Scottish or Northern Irish area';

const GEO_LEVEL: Record<ScopeArea['level'], string> = { country: 'COUNTRY', lep: 'LEP', lad: 'LAD' };

/**
 * Classifies a source row's area: the in-scope area, or the reason it is dropped. Anything else
 * (a LEP or district code missing from the 2021 boundaries, an unknown code, a geo_level that does
 * not match the code) is an error.
 */
export function classifyArea(
  scope: Scope,
  code: string,
  geoLevel: string,
  file: string,
  row: number,
  codeColumn = 'geo_code',
  areaName = '',
): ScopeArea | DropReason {
  if (code === '') {
    if (geoLevel !== 'LAD')
      throw new SourceError(file, `empty area code on a ${geoLevel || 'blank'} row.`, row, codeColumn);
    const english = scope.ladByName.get(areaName);
    if (english)
      throw new SourceError(
        file,
        `empty area code for "${areaName}", an English district (${english}).`,
        row,
        codeColumn,
      );
    return 'district with an empty code (outside England)';
  }
  if (/^W06\d{6}$/.test(code)) return 'Welsh district (W06)';
  if (/^[SN]\d{8}$/.test(code)) return 'Scottish or Northern Irish area';
  const area = scope.areas.get(code);
  if (!area) {
    if (LEP_CODE.test(code))
      throw new SourceError(file, `LEP code ${code} is not in the LEP boundary file (May 2021).`, row, codeColumn);
    if (ENGLISH_LAD_CODE.test(code))
      throw new SourceError(
        file,
        `district code ${code} is not in the LAD boundary file (December 2021).`,
        row,
        codeColumn,
      );
    throw new SourceError(
      file,
      `"${code}" is not England (E92000001), a LEP (E37) or a district code (E06–E09, W06).`,
      row,
      codeColumn,
    );
  }
  if (geoLevel !== GEO_LEVEL[area.level]) {
    throw new SourceError(
      file,
      `geo_level "${geoLevel}" does not match area ${code} (expected ${GEO_LEVEL[area.level]}).`,
      row,
      'geo_level',
    );
  }
  return area;
}

export class DropCounter {
  readonly counts = new Map<DropReason, { rows: number; areas: Set<string> }>();
  add(reason: DropReason, name: string): void {
    let c = this.counts.get(reason);
    if (!c) this.counts.set(reason, (c = { rows: 0, areas: new Set() }));
    c.rows++;
    c.areas.add(name);
  }
  get total(): number {
    let n = 0;
    for (const c of this.counts.values()) n += c.rows;
    return n;
  }
  describe(): string {
    if (this.counts.size === 0) return 'none';
    return [...this.counts].map(([reason, c]) => `${c.rows} rows of ${c.areas.size} ${reason}`).join('; ');
  }
}

/**
 * Checks that rows form a full grid: every in-scope area × every sector × every year exactly once.
 * Rows must already be free of duplicates (callers check keys while reading).
 */
export function checkComplete(
  rows: AuditRow[],
  scope: Scope,
  sectors: string[],
  years: string[],
  file: string,
  what: string,
): void {
  const expected = scope.areas.size * sectors.length * years.length;
  if (rows.length === expected) return;
  const have = new Set(rows.map((r) => `${r.areaCode}|${r.sectorCode}|${r.year}`));
  for (const a of scope.areas.keys())
    for (const s of sectors)
      for (const y of years)
        if (!have.has(`${a}|${s}|${y}`)) {
          throw new SourceError(
            file,
            `${what}: no row for area ${a} (${scope.areas.get(a)!.name}), sector ${s}, year ${y} ` +
              `(${expected - rows.length} of ${expected} area × sector × year cells missing).`,
          );
        }
  throw new SourceError(file, `${what}: ${rows.length} rows where ${expected} were expected.`);
}
